/**
 * The Python side of a node kind: the pandas and scikit-learn function that
 * an exported Kedro project calls where the browser runs the tfjs kind.
 */

/** A module-level definition (a constant or a private function) that node functions share. */
export interface PythonHelper {
  name: string;
  /** Import statements the definition needs, one per entry. */
  imports: readonly string[];
  /** Other helpers it uses, so a module gets them too. */
  helpers: readonly string[];
  source: string;
}

export interface PythonNodeFunction {
  /** Node kind id, which is also the Python function's name. */
  kind: string;
  imports: readonly string[];
  helpers: readonly string[];
  /** Other node functions (kind ids) it calls; a module that defines it defines them first. */
  calls?: readonly string[];
  /** The `def`, with a Google-style docstring. */
  source: string;
  /** pytest functions that check the function's contract on a few rows. */
  tests: string;
  /** Import statements the tests need besides `pytest` and the function itself. */
  testImports: readonly string[];
}
