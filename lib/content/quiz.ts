/**
 * Checkpoint questions as data, and their grading. The `<Quiz>` MDX
 * component validates its props with `quizProblems`, so a content mistake
 * fails the build. It grades answers with the `grade*` functions. Nothing
 * here touches React or the DOM.
 */

/** An option of a single- or multiple-choice question. */
export interface ChoiceOption {
  text: string;
  correct?: boolean;
  /** Explanation of a correct option, shown after a correct answer or when a multiple-choice answer missed the option. */
  explanation?: string;
  /** Reason a wrong option is wrong, required on every wrong option. */
  reason?: string;
}

/** A row of a matching question: `left` goes with `right`. */
export interface MatchPair {
  left: string;
  right: string;
  /** Reason `left` goes with `right`, shown when the reader matched `left` to something else. */
  reason: string;
}

/** A step of an ordering question. Steps are written in the correct order. */
export interface OrderItem {
  text: string;
  /** Reason the step comes where it does, shown when the reader put it elsewhere. */
  reason: string;
}

export const QUIZ_KINDS = ["single", "multiple", "matching", "ordering"] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

export interface QuizSpec {
  id: string;
  kind: QuizKind;
  question: string;
  options?: ChoiceOption[];
  pairs?: MatchPair[];
  items?: OrderItem[];
  /** Shown with every correct answer, whatever the kind. */
  explanation?: string;
}

export interface Feedback {
  /** "wrong": a chosen answer that is wrong; "missed": a right answer left out; "right": an explanation of a right answer. */
  tone: "right" | "wrong" | "missed";
  /** The option, row or step the message is about. */
  subject?: string;
  text: string;
}

export interface QuizResult {
  correct: boolean;
  feedback: Feedback[];
}

/**
 * Lists what is wrong with a quiz's props, as sentences that say how to fix
 * each problem. An empty list means the quiz is valid.
 */
export function quizProblems(spec: QuizSpec): string[] {
  const problems: string[] = [];
  if (!spec.id || !/^[a-z0-9][a-z0-9-]*$/.test(spec.id)) problems.push(`id "${spec.id ?? ""}" is missing or invalid: use lower-case letters, digits and hyphens.`);
  if (!QUIZ_KINDS.includes(spec.kind)) problems.push(`kind "${String(spec.kind)}" is not one of ${QUIZ_KINDS.join(", ")}.`);
  if (!spec.question) problems.push("question is missing.");

  if (spec.kind === "single" || spec.kind === "multiple") problems.push(...choiceProblems(spec.kind, spec.options ?? []));
  if (spec.kind === "matching") problems.push(...matchingProblems(spec.pairs ?? []));
  if (spec.kind === "ordering") problems.push(...orderingProblems(spec.items ?? []));
  return problems;
}

function choiceProblems(kind: "single" | "multiple", options: ChoiceOption[]): string[] {
  const problems: string[] = [];
  const correctCount = options.filter((option) => option.correct).length;
  if (options.length < 2) problems.push(`expected at least 2 options, got ${options.length}.`);
  if (kind === "single" && correctCount !== 1) problems.push(`a single-choice quiz needs exactly 1 option with correct: true, got ${correctCount}.`);
  if (kind === "multiple" && (correctCount < 1 || correctCount === options.length)) {
    problems.push(`a multiple-choice quiz needs at least 1 correct and 1 wrong option, got ${correctCount} correct of ${options.length}.`);
  }

  for (const option of options) {
    if (!option.correct && !option.reason) problems.push(`wrong option "${option.text}" has no reason: add one that explains why it is wrong.`);
    if (kind === "multiple" && option.correct && !option.explanation) problems.push(`correct option "${option.text}" has no explanation: a reader who misses it needs one.`);
  }
  if (new Set(options.map((option) => option.text)).size !== options.length) problems.push("two options have the same text: reword one of them.");
  return problems;
}

function matchingProblems(pairs: MatchPair[]): string[] {
  const problems: string[] = [];
  if (pairs.length < 2) problems.push(`expected at least 2 pairs, got ${pairs.length}.`);
  if (new Set(pairs.map((pair) => pair.left)).size !== pairs.length) problems.push("two pairs have the same left text: reword one of them.");
  if (new Set(pairs.map((pair) => pair.right)).size !== pairs.length) problems.push("two pairs have the same right text: reword one of them.");
  for (const pair of pairs) if (!pair.reason) problems.push(`pair "${pair.left}" has no reason.`);
  return problems;
}

function orderingProblems(items: OrderItem[]): string[] {
  const problems: string[] = [];
  if (items.length < 3) problems.push(`expected at least 3 steps, got ${items.length}.`);
  if (new Set(items.map((item) => item.text)).size !== items.length) problems.push("two steps have the same text: reword one of them.");
  for (const item of items) if (!item.reason) problems.push(`step "${item.text}" has no reason.`);
  return problems;
}

/** Grades a single-choice answer: the chosen option's reason, or its explanation. */
export function gradeSingle(spec: QuizSpec, selected: number): QuizResult {
  const option = (spec.options ?? [])[selected];
  if (!option) return { correct: false, feedback: [] };
  if (option.correct) return { correct: true, feedback: explanations(spec, option.explanation ? [{ tone: "right", text: option.explanation }] : []) };
  return { correct: false, feedback: [{ tone: "wrong", subject: option.text, text: option.reason ?? "" }] };
}

/** Grades a multiple-choice answer: right only when exactly the correct options are chosen. */
export function gradeMultiple(spec: QuizSpec, selected: ReadonlySet<number>): QuizResult {
  const options = spec.options ?? [];
  const feedback: Feedback[] = [];
  options.forEach((option, index) => {
    if (selected.has(index) && !option.correct) feedback.push({ tone: "wrong", subject: option.text, text: option.reason ?? "" });
    if (!selected.has(index) && option.correct) feedback.push({ tone: "missed", subject: option.text, text: option.explanation ?? "" });
  });
  if (feedback.length > 0) return { correct: false, feedback };
  return { correct: true, feedback: explanations(spec, []) };
}

/**
 * Grades a matching answer. `answer[i]` is the index (into `pairs`) of the
 * right-hand text chosen for row `i`, or null when the row is unanswered.
 */
export function gradeMatching(spec: QuizSpec, answer: readonly (number | null)[]): QuizResult {
  const pairs = spec.pairs ?? [];
  const feedback: Feedback[] = [];
  pairs.forEach((pair, index) => {
    if (answer[index] !== index) feedback.push({ tone: "wrong", subject: pair.left, text: pair.reason });
  });
  if (feedback.length > 0) return { correct: false, feedback };
  return { correct: true, feedback: explanations(spec, []) };
}

/** Grades an ordering answer. `order` lists item indices (into `items`) as the reader arranged them. */
export function gradeOrdering(spec: QuizSpec, order: readonly number[]): QuizResult {
  const items = spec.items ?? [];
  const feedback: Feedback[] = [];
  order.forEach((itemIndex, position) => {
    if (itemIndex !== position) feedback.push({ tone: "wrong", subject: items[itemIndex]?.text, text: items[itemIndex]?.reason ?? "" });
  });
  if (feedback.length > 0 || order.length !== items.length) return { correct: false, feedback };
  return { correct: true, feedback: explanations(spec, []) };
}

function explanations(spec: QuizSpec, feedback: Feedback[]): Feedback[] {
  return spec.explanation ? [...feedback, { tone: "right", text: spec.explanation }] : feedback;
}

/**
 * Returns a permutation of 0..length-1 derived from `seed`, never the
 * identity when length > 1. The server and the browser compute the same
 * order, so a shuffled quiz hydrates without a mismatch.
 *
 * @example
 * seededPermutation(3, "kedro-steps") // the same three indices on every call
 */
export function seededPermutation(length: number, seed: string): number[] {
  const order = Array.from({ length }, (_, index) => index);
  const random = mulberry32(fnv1a(seed));
  for (let index = length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other], order[index]];
  }
  // A shuffle that left every item in place would give the answer away.
  if (length > 1 && order.every((value, index) => value === index)) order.push(order.shift() as number);
  return order;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
