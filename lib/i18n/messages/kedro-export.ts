/**
 * Strings of the Kedro project export: the dialog on the exercise page and
 * the problems that stop an export (`error.EXPORT_*`, phrased through
 * `translateError` in the page and in `lab export`).
 */
import type { FeatureMessages } from "./index";

export const kedroExportMessages: FeatureMessages = {
  "pt-BR": {
    "kedroExport.button": "Exportar projeto Kedro",
    "kedroExport.title": "Exportar como projeto Kedro",
    "kedroExport.intro":
      "O zip traz um projeto que roda com kedro run: os mesmos nós, datasets, Data Catalog e parâmetros deste canvas, com pandas e scikit-learn no lugar do TensorFlow.js. Confira os arquivos antes de baixar.",
    "kedroExport.packageName": "Nome do pacote Python",
    "kedroExport.packageHint": "Letras minúsculas sem acento, dígitos e _, começando por letra (por exemplo, iris_kedro). Vira a pasta src/<pacote> e o nome da pasta do zip.",
    "kedroExport.files": "Arquivos do projeto ({count})",
    "kedroExport.preview": "Conteúdo de {path}",
    "kedroExport.emptyFile": "Arquivo vazio: ele só mantém a pasta no git.",
    "kedroExport.download": "Baixar {file}",
    "kedroExport.close": "Fechar",
    "kedroExport.problems": "Corrija estes pontos para exportar:",
    "kedroExport.downloaded": "Projeto Kedro {file} baixado. Descompacte-o e siga o README.md para executar kedro run.",
    "kedroExport.failed": "O projeto Kedro não foi gerado: {reason} Seu trabalho no canvas não foi alterado.",
    "error.EXPORT_PACKAGE_NAME_INVALID":
      "O nome de pacote “{name}” não é válido. Use letras minúsculas sem acento, dígitos e _, começando por letra ou _ (por exemplo, iris_kedro).",
    "error.EXPORT_PACKAGE_NAME_KEYWORD": "“{name}” é uma palavra reservada do Python e não pode nomear um pacote. Escolha outro nome, por exemplo {name}_kedro.",
    "error.EXPORT_PACKAGE_NAME_RESERVED":
      "Um pacote chamado “{name}” esconderia o módulo {name}, que o projeto importa, ou uma pasta do projeto. Escolha outro nome, por exemplo {name}_kedro.",
    "error.EXPORT_PIPELINE_NAME_INVALID":
      "O pipeline “{pipeline}” vira um pacote Python, então o nome precisa ser um identificador: letras sem acento, dígitos e _, sem começar por dígito. Renomeie o pipeline, por exemplo para model_train.",
    "error.EXPORT_NODE_NAME_INVALID": "O Kedro não aceita o nome do nó “{node}”. Renomeie o nó usando só letras, dígitos, _, - e .",
    "error.EXPORT_DATASET_NAME_INVALID":
      "O dataset “{dataset}” não tem um nome válido no Kedro. Renomeie-o usando letras, dígitos e _, com . só entre as partes de um namespace.",
    "error.EXPORT_DATASET_NAME_PRIVATE": "O dataset “{dataset}” começa com _, e o Kedro ignora as entradas do catalog.yml que começam com _. Renomeie-o sem o _ inicial.",
    "error.EXPORT_KIND_UNSUPPORTED":
      "O nó {node} usa a função {kind}, que ainda não tem versão em Python para o Kedro. Troque-a por outra função da paleta ou remova o nó antes de exportar.",
    "error.EXPORT_NO_NODES": "O projeto não tem nenhum nó, então não há pipeline para exportar. Adicione nós da paleta antes de exportar.",
  },
  en: {
    "kedroExport.button": "Export Kedro project",
    "kedroExport.title": "Export as a Kedro project",
    "kedroExport.intro":
      "The zip holds a project that runs with kedro run: this canvas's nodes, datasets, Data Catalog and parameters, with pandas and scikit-learn in place of TensorFlow.js. Check the files before you download.",
    "kedroExport.packageName": "Python package name",
    "kedroExport.packageHint": "Lowercase letters without accents, digits and _, starting with a letter (for example, iris_kedro). It names src/<package> and the zip's folder.",
    "kedroExport.files": "Project files ({count})",
    "kedroExport.preview": "Contents of {path}",
    "kedroExport.emptyFile": "Empty file: it only keeps the folder in git.",
    "kedroExport.download": "Download {file}",
    "kedroExport.close": "Close",
    "kedroExport.problems": "Fix these to export:",
    "kedroExport.downloaded": "Kedro project {file} downloaded. Unzip it and follow README.md to run kedro run.",
    "kedroExport.failed": "The Kedro project was not generated: {reason} Your work on the canvas is unchanged.",
    "error.EXPORT_PACKAGE_NAME_INVALID":
      "The package name “{name}” is not valid. Use lowercase letters without accents, digits and _, starting with a letter or _ (for example, iris_kedro).",
    "error.EXPORT_PACKAGE_NAME_KEYWORD": "“{name}” is a Python keyword and cannot name a package. Choose another name, for example {name}_kedro.",
    "error.EXPORT_PACKAGE_NAME_RESERVED":
      "A package named “{name}” would hide the {name} module, which the project imports, or a folder of the project. Choose another name, for example {name}_kedro.",
    "error.EXPORT_PIPELINE_NAME_INVALID":
      "The pipeline “{pipeline}” becomes a Python package, so its name must be an identifier: letters without accents, digits and _, not starting with a digit. Rename the pipeline, for example to model_train.",
    "error.EXPORT_NODE_NAME_INVALID": "Kedro does not accept the node name “{node}”. Rename the node using only letters, digits, _, - and .",
    "error.EXPORT_DATASET_NAME_INVALID":
      "The dataset “{dataset}” does not have a valid Kedro name. Rename it using letters, digits and _, with . only between the parts of a namespace.",
    "error.EXPORT_DATASET_NAME_PRIVATE": "The dataset “{dataset}” starts with _, and Kedro ignores catalog.yml entries that start with _. Rename it without the leading _.",
    "error.EXPORT_KIND_UNSUPPORTED":
      "Node {node} uses the function {kind}, which has no Python version for Kedro yet. Replace it with another function from the palette or remove the node before exporting.",
    "error.EXPORT_NO_NODES": "The project has no nodes, so there is no pipeline to export. Add nodes from the palette before exporting.",
  },
};
