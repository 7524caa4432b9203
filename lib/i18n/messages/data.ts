/**
 * Strings of the data files panel: files preloaded from the deployment's
 * configuration, and the editable data dictionary. Engine error codes of
 * both features are phrased here too (`error.<CODE>`).
 */
import type { FeatureMessages } from "./index";

export const dataMessages: FeatureMessages = {
  "pt-BR": {
    "data.preload.downloading": "Baixando {name} de {location}…",
    "data.preload.progress": "{received} de {total} MB",
    "data.preload.progressUnknown": "{received} MB recebidos",
    "data.preload.slow": "O download está lento. Você pode esperar ou escolher o arquivo no seu computador acima.",
    "data.preload.source": "Carregado automaticamente de {location} (variável {variable}). Para usar outro arquivo, escolha-o acima.",
    "data.preload.failed": "O carregamento automático de {location} (variável {variable}) falhou:",
    "data.preload.retry": "Tentar de novo",
    "data.preload.pickInstead": "Enquanto isso, você pode escolher o arquivo no seu computador acima.",
    "data.dictionaryEditor.label": "data_dictionary.yml",
    "data.dictionaryEditor.help":
      "Os tipos decidem o pré-processamento: Float é padronizado, Categorical vira one-hot, Ordinal e Boolean recebem códigos ordinais. Uma edição válida muda os grupos de colunas de {blocks} em parameters.yml (com desfazer), e a próxima execução usa o novo dicionário. A coluna alvo {target} deve ser Categorical.",
    "data.dictionaryEditor.checkedFile": "Colunas conferidas com o arquivo carregado {file}.",
    "data.dictionaryEditor.checkedDataset": "Colunas conferidas com o conjunto de dados de diabetes (nenhum arquivo de treino carregado).",
    "data.dictionaryEditor.synced": "Dicionário válido, aplicado a parameters.yml.",
    "data.dictionaryEditor.invalid":
      "O dicionário tem erros e não foi aplicado: o pipeline continua com o último dicionário válido. O rascunho fica salvo neste navegador.",
    "data.dictionaryEditor.draftBadge": "rascunho com erros",
    "data.dictionaryEditor.discardDraft": "Descartar o rascunho e voltar ao último dicionário válido",
    "data.dictionaryEditor.storageFailed": "Não foi possível salvar o dicionário neste navegador ({detail}). A edição vale até fechar a página.",
    "data.dictionaryEditor.corrupt": "O dicionário salvo neste navegador não pôde ser lido e foi guardado à parte em {key}. O dicionário foi refeito a partir de parameters.yml.",
    "error.DICTIONARY_COLUMN_NOT_IN_FILE": "A coluna {column} não está no arquivo carregado {file}. Colunas do arquivo: {known}. Corrija o nome ou remova a entrada.",
    "error.DICTIONARY_DUPLICATE_COLUMN": "A coluna {column} já aparece na linha {firstLine}. Remova uma das duas entradas.",
    "error.DICTIONARY_TARGET_TYPE":
      "{column} é a coluna alvo (o rótulo que o modelo prevê), então o tipo dela deve ser {expected}, não {type}. Float, Ordinal e Boolean são tipos de feature, que o column_transformer codificaria.",
    "error.PRELOAD_NOT_CONFIGURED": "Nenhum arquivo está configurado para o dataset {dataset}. Recarregue a página.",
    "error.PRELOAD_INVALID_VALUE":
      "A variável {variable} contém {value}, que não é um caminho de arquivo nem um endereço http:// ou https://. Corrija a variável e reinicie o app (npm start).",
    "error.PRELOAD_PATH_NOT_FOUND":
      "O arquivo {path}, indicado pela variável {variable}, não existe no servidor. Corrija o caminho na variável e reinicie o app (npm start), ou escolha o arquivo no seu computador.",
    "error.PRELOAD_PATH_NOT_FILE": "{path}, indicado pela variável {variable}, não é um arquivo (é uma pasta?). Aponte a variável para o arquivo CSV e reinicie o app.",
    "error.PRELOAD_PATH_UNREADABLE": "O servidor não conseguiu ler {path}, indicado pela variável {variable} ({detail}). Confira as permissões do arquivo e tente de novo.",
    "error.PRELOAD_TOO_LARGE": "{location} tem {size} MB, acima do limite de {limit} MB para arquivos de dados. Use um arquivo menor.",
    "error.PRELOAD_HTTP_STATUS": "{location} respondeu HTTP {status} {statusText}. Confira o endereço na variável ou tente de novo mais tarde.",
    "error.PRELOAD_NETWORK":
      "Não foi possível baixar {location} ({detail}). Confira a conexão (Wi-Fi) e tente de novo. Se o endereço é de outro site, ele precisa permitir CORS.",
    "error.PRELOAD_TIMEOUT": "{location} não enviou dados por {seconds} s ({received} MB recebidos). A rede pode estar lenta: tente de novo ou escolha o arquivo no seu computador.",
  },
  en: {
    "data.preload.downloading": "Downloading {name} from {location}…",
    "data.preload.progress": "{received} of {total} MB",
    "data.preload.progressUnknown": "{received} MB received",
    "data.preload.slow": "The download is slow. You can wait, or pick the file from your computer above.",
    "data.preload.source": "Loaded automatically from {location} (variable {variable}). To use another file, pick it above.",
    "data.preload.failed": "Loading {location} automatically (variable {variable}) failed:",
    "data.preload.retry": "Try again",
    "data.preload.pickInstead": "Meanwhile, you can pick the file from your computer above.",
    "data.dictionaryEditor.label": "data_dictionary.yml",
    "data.dictionaryEditor.help":
      "Types decide the preprocessing: Float is standardized, Categorical is one-hot encoded, Ordinal and Boolean get ordinal codes. A valid edit changes the column groups of {blocks} in parameters.yml (with undo), and the next run uses the new dictionary. The target column {target} must be Categorical.",
    "data.dictionaryEditor.checkedFile": "Columns checked against the loaded file {file}.",
    "data.dictionaryEditor.checkedDataset": "Columns checked against the diabetes data set (no training file loaded).",
    "data.dictionaryEditor.synced": "Valid dictionary, applied to parameters.yml.",
    "data.dictionaryEditor.invalid":
      "The dictionary has errors and was not applied: the pipeline keeps the last valid dictionary. The draft stays saved in this browser.",
    "data.dictionaryEditor.draftBadge": "draft with errors",
    "data.dictionaryEditor.discardDraft": "Discard the draft and go back to the last valid dictionary",
    "data.dictionaryEditor.storageFailed": "Could not save the dictionary in this browser ({detail}). The edit lasts until the page is closed.",
    "data.dictionaryEditor.corrupt": "The dictionary saved in this browser could not be read and was set aside under {key}. The dictionary was rebuilt from parameters.yml.",
    "error.DICTIONARY_COLUMN_NOT_IN_FILE": "Column {column} is not in the loaded file {file}. The file's columns: {known}. Fix the name or remove the entry.",
    "error.DICTIONARY_DUPLICATE_COLUMN": "Column {column} already appears on line {firstLine}. Remove one of the two entries.",
    "error.DICTIONARY_TARGET_TYPE":
      "{column} is the target column (the label the model predicts), so its type must be {expected}, not {type}. Float, Ordinal and Boolean are feature types, which the column_transformer would encode.",
    "error.PRELOAD_NOT_CONFIGURED": "No file is configured for dataset {dataset}. Reload the page.",
    "error.PRELOAD_INVALID_VALUE": "Variable {variable} contains {value}, which is neither a file path nor an http:// or https:// address. Fix the variable and restart the app (npm start).",
    "error.PRELOAD_PATH_NOT_FOUND":
      "File {path}, set by variable {variable}, does not exist on the server. Fix the path in the variable and restart the app (npm start), or pick the file from your computer.",
    "error.PRELOAD_PATH_NOT_FILE": "{path}, set by variable {variable}, is not a file (a folder?). Point the variable at the CSV file and restart the app.",
    "error.PRELOAD_PATH_UNREADABLE": "The server could not read {path}, set by variable {variable} ({detail}). Check the file's permissions and try again.",
    "error.PRELOAD_TOO_LARGE": "{location} is {size} MB, above the {limit} MB limit for data files. Use a smaller file.",
    "error.PRELOAD_HTTP_STATUS": "{location} answered HTTP {status} {statusText}. Check the address in the variable or try again later.",
    "error.PRELOAD_NETWORK":
      "Could not download {location} ({detail}). Check the connection (Wi-Fi) and try again. If the address is on another site, that site must allow CORS.",
    "error.PRELOAD_TIMEOUT": "{location} sent no data for {seconds} s ({received} MB received). The network may be slow: try again, or pick the file from your computer.",
  },
};
