/**
 * The exported project's README.md, in Brazilian Portuguese like the
 * workshop: how to install, where the data goes, and how to run, test,
 * package and containerise the project.
 */
import type { Catalog, DatasetName, PipelineName } from "../../pipeline/types";
import { PYTHON_VERSION } from "./config-files";

export interface ReadmeInput {
  packageName: string;
  projectName: string;
  pipelines: readonly PipelineName[];
  catalog: Catalog;
  /** Catalog datasets that no node produces: the files the user must provide. */
  rawInputs: readonly DatasetName[];
  /** Raw inputs whose files come inside the zip. */
  includedData: ReadonlySet<DatasetName>;
  /** Markdown lines added to the data section, e.g. a column to rename. */
  dataNotes: readonly string[];
}

function rawDataSection(input: ReadmeInput): string {
  if (input.rawInputs.length === 0) return "Nenhum pipeline lê arquivos de entrada: todos os datasets são produzidos pelos nós.";
  const rows = input.rawInputs.map((dataset) => {
    const filepath = input.catalog[dataset]?.filepath ?? "(memória)";
    const status = input.includedData.has(dataset) ? "já vem no zip" : "copie o arquivo para cá";
    return `| \`${dataset}\` | \`${filepath}\` | ${status} |`;
  });
  return [
    "Os pipelines leem estes datasets do Data Catalog (`conf/base/catalog.yml`):",
    "",
    "| dataset | arquivo | situação |",
    "| --- | --- | --- |",
    ...rows,
    "",
    "A pasta `data/` fica fora do git (veja `.gitignore`); só as subpastas com `.gitkeep` são versionadas.",
    ...(input.dataNotes.length > 0 ? ["", ...input.dataNotes] : []),
  ].join("\n");
}

export function readmeFile(input: ReadmeInput): string {
  const { packageName, projectName, pipelines } = input;
  const pipelineList = pipelines.map((name) => `- \`${name}\`: \`kedro run --pipeline ${name}\``).join("\n");
  const firstPipeline = pipelines[0] ?? "data_engineering";
  return `# ${projectName}

Projeto Kedro exportado do Deploy Lab: os mesmos nós, datasets, Data Catalog e
parâmetros do pipeline montado no navegador, agora em Python com pandas e
scikit-learn.

## Instalar

Requer Python ${PYTHON_VERSION} (ou 3.11 e mais novos) e [uv](https://docs.astral.sh/uv/).

\`\`\`bash
uv venv
source .venv/bin/activate        # no Windows: .venv\\Scripts\\activate
uv pip install -r requirements.txt
\`\`\`

Sem uv, \`python -m venv .venv\` e \`pip install -r requirements.txt\` fazem o mesmo.

## Dados

${rawDataSection(input)}

## Executar

\`\`\`bash
kedro run                        # todos os pipelines (__default__)
kedro run --pipeline ${firstPipeline}
\`\`\`

Pipelines do projeto:

${pipelineList}

Os datasets do Data Catalog são gravados em \`data/\`, então um pipeline pode
ser executado sozinho depois que os anteriores gravaram as entradas dele. Para
ver o pipeline no navegador: \`uv pip install kedro-viz\` e \`kedro viz run\`.

Os parâmetros estão em \`conf/base/parameters_<pipeline>.yml\`. Para mudar um
valor só na sua máquina, repita a chave em \`conf/local/\`, que fica fora do git.

## Testar

\`\`\`bash
pytest
\`\`\`

\`tests/pipelines/<pipeline>/test_nodes.py\` testa cada função de \`nodes.py\`
com poucas linhas de dados; os outros testes conferem os pipelines e a
configuração em \`conf/\` com o Kedro.

## Empacotar

\`\`\`bash
uv build                          # ou: pip install build && python -m build
\`\`\`

O wheel em \`dist/\` instala o pacote \`${packageName}\`; \`python -m ${packageName}\`
aceita as mesmas opções de \`kedro run\`.

## Docker

\`\`\`bash
docker build -t ${packageName.replace(/_/g, "-")} .
docker run --rm -v "$PWD/data:/home/kedro/project/data" ${packageName.replace(/_/g, "-")}
\`\`\`

A imagem instala as dependências com uv, roda como o usuário \`kedro\` (sem
root) e executa \`kedro run\`. O volume em \`data/\` traz os arquivos de entrada
e guarda as saídas fora do contêiner.

## Diferenças em relação ao navegador

- O split usa o gerador do NumPy (ou o \`train_test_split\` do scikit-learn):
  com a mesma seed, as linhas de teste não são as mesmas do navegador, então
  as métricas mudam um pouco.
- \`train_model\` usa \`LogisticRegression\` (solver lbfgs) até convergir. O
  navegador treina com Adam por \`epochs\` épocas; \`l2\` vira \`C = 1 / (2 · l2 · linhas)\`,
  e \`learning_rate\` e \`batch_size\` não são usados.
- \`train_mlp\` usa \`MLPClassifier\` com Adam; \`l2\` vira \`alpha = 2 · l2 · batch_size\`.
- \`random_search_cv\` usa o \`RandomizedSearchCV\` do scikit-learn, que sorteia
  valores diferentes dos do navegador com a mesma seed. Na regressão logística só
  \`l2\` muda o ajuste, então tentativas que diferem só em \`learning_rate\`,
  \`batch_size\` ou \`epochs\` têm o mesmo F1.
`;
}
