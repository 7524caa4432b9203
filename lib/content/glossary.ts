/**
 * The course glossary: each term in pt-BR and in English, with a definition
 * in both locales. Lessons link a term with `<Term id="…">`; a unit test
 * checks that every linked id exists here.
 */
import type { Locale } from "@/lib/i18n";

export interface GlossaryEntry {
  /** Fragment id on the glossary page, linked from lessons. */
  id: string;
  term: Record<Locale, string>;
  definition: Record<Locale, string>;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: "ab-test",
    term: { "pt-BR": "Teste A/B", en: "A/B test" },
    definition: {
      "pt-BR": "Experimento que divide o tráfego entre duas versões (por exemplo, o modelo atual e um candidato) e compara uma métrica de negócio definida antes do teste, para decidir com evidência qual versão fica.",
      en: "An experiment that splits traffic between two versions (for example, the current model and a candidate) and compares a business metric chosen before the test, to decide with evidence which version stays.",
    },
  },
  {
    id: "backing-service",
    term: { "pt-BR": "Serviço de apoio", en: "Backing service" },
    definition: {
      "pt-BR": "Qualquer serviço que a aplicação consome pela rede: banco de dados, bucket, fila, API de outro time. No Twelve-Factor App ele é um recurso anexado, trocado por configuração sem mudar código.",
      en: "Any service the application consumes over the network: a database, a bucket, a queue, another team's API. In the Twelve-Factor App it is an attached resource, swapped through configuration without code changes.",
    },
  },
  {
    id: "backtest",
    term: { "pt-BR": "Backtest", en: "Backtest" },
    definition: {
      "pt-BR": "Avaliação do modelo em vários recortes dos dados (dobras estratificadas ou janelas no tempo), treinando e testando em cada um, para ver se o desempenho é estável e não fruto de uma divisão favorável.",
      en: "Evaluating a model on several slices of the data (stratified folds or time windows), training and testing on each, to check that performance is stable and not the product of a lucky split.",
    },
  },
  {
    id: "batch",
    term: { "pt-BR": "Processamento em lote", en: "Batch processing" },
    definition: {
      "pt-BR": "Processar um conjunto finito de dados de uma vez, em geral agendado (toda noite, toda hora). Um kedro run que lê um CSV e grava previsões é um job em lote.",
      en: "Processing a finite set of data in one go, usually on a schedule (nightly, hourly). A kedro run that reads a CSV and writes predictions is a batch job.",
    },
  },
  {
    id: "build-release-run",
    term: { "pt-BR": "Build, release, run", en: "Build, release, run" },
    definition: {
      "pt-BR": "As três etapas separadas do fator V: o build transforma o código num artefato executável (um wheel ou uma imagem), o release junta esse artefato com a configuração de um ambiente e o run executa um release sem alterá-lo.",
      en: "The three separate stages of factor V: build turns code into an executable artifact (a wheel or an image), release combines that artifact with one environment's configuration, and run executes a release without changing it.",
    },
  },
  {
    id: "cloud-computing",
    term: { "pt-BR": "Computação em nuvem", en: "Cloud computing" },
    definition: {
      "pt-BR": "Modelo de acesso pela rede, sob demanda, a um conjunto compartilhado de recursos configuráveis (servidores, armazenamento, aplicações) que se provisionam e liberam rapidamente, com mínimo esforço de gestão (definição do NIST, SP 800-145).",
      en: "A model for on-demand network access to a shared pool of configurable resources (servers, storage, applications) that can be provisioned and released quickly with minimal management effort (NIST definition, SP 800-145).",
    },
  },
  {
    id: "container",
    term: { "pt-BR": "Contêiner", en: "Container" },
    definition: {
      "pt-BR": "Processo isolado que roda a partir de uma imagem, com seu próprio sistema de arquivos, rede e limites de recursos, mas compartilhando o kernel da máquina. Sobe em segundos e é descartável.",
      en: "An isolated process started from an image, with its own file system, network and resource limits, while sharing the host's kernel. It starts in seconds and is disposable.",
    },
  },
  {
    id: "credentials",
    term: { "pt-BR": "Credenciais", en: "Credentials" },
    definition: {
      "pt-BR": "Segredos de acesso (senhas, tokens, chaves de conta de serviço). No Kedro ficam em conf/local/credentials.yml ou em variáveis de ambiente, nunca no Git, e o catálogo se refere a elas pelo nome.",
      en: "Access secrets (passwords, tokens, service-account keys). In Kedro they live in conf/local/credentials.yml or in environment variables, never in Git, and the catalog refers to them by name.",
    },
  },
  {
    id: "dag",
    term: { "pt-BR": "DAG (grafo acíclico dirigido)", en: "DAG (directed acyclic graph)" },
    definition: {
      "pt-BR": "Grafo de dependências sem ciclos. Num pipeline Kedro, os nós são funções e datasets, e as arestas saem dos nomes: um node depende de quem produz suas entradas.",
      en: "A dependency graph without cycles. In a Kedro pipeline the vertices are functions and datasets, and the edges come from names: a node depends on whoever produces its inputs.",
    },
  },
  {
    id: "data-catalog",
    term: { "pt-BR": "Data Catalog", en: "Data Catalog" },
    definition: {
      "pt-BR": "O registro de datasets do Kedro (conf/*/catalog.yml): para cada nome, o tipo do dataset e onde ele está. O código dos nodes só vê nomes; o catálogo decide como carregar e salvar.",
      en: "Kedro's registry of datasets (conf/*/catalog.yml): for each name, the dataset type and where it lives. Node code only sees names; the catalog decides how to load and save.",
    },
  },
  {
    id: "data-drift",
    term: { "pt-BR": "Deriva de dados", en: "Data drift" },
    definition: {
      "pt-BR": "Mudança na distribuição dos dados de entrada em produção em relação aos dados de treino. Não é um erro de código, mas pode degradar o modelo em silêncio; por isso se monitora.",
      en: "A change in the distribution of production input data compared with the training data. It is not a code error, but it can silently degrade the model, which is why it is monitored.",
    },
  },
  {
    id: "data-leakage",
    term: { "pt-BR": "Vazamento de dados", en: "Data leakage" },
    definition: {
      "pt-BR": "Quando informação que o modelo não teria em produção entra no treino, por exemplo um scaler ajustado com as linhas de teste. As métricas saem otimistas e o modelo decepciona depois do deploy.",
      en: "When information the model would not have in production enters training, for example a scaler fitted on the test rows. Metrics come out optimistic and the model disappoints after deployment.",
    },
  },
  {
    id: "dataset",
    term: { "pt-BR": "Dataset", en: "Dataset" },
    definition: {
      "pt-BR": "No Kedro, um dado com nome que os nodes leem e escrevem. Pode ser um arquivo, uma tabela, um modelo serializado ou um objeto em memória; a classe do dataset (pandas.CSVDataset, pickle.PickleDataset…) sabe carregar e salvar.",
      en: "In Kedro, a named piece of data that nodes read and write. It can be a file, a table, a serialised model or an in-memory object; the dataset class (pandas.CSVDataset, pickle.PickleDataset…) knows how to load and save it.",
    },
  },
  {
    id: "deployment",
    term: { "pt-BR": "Deploy (implantação)", en: "Deployment" },
    definition: {
      "pt-BR": "Levar um ativo (código, modelo, pipeline) do ambiente de desenvolvimento para o de produção, onde ele gera valor de forma confiável, com dimensões de software, analíticas e organizacionais.",
      en: "Moving an asset (code, model, pipeline) from the development environment to production, where it delivers value reliably, with software, analytical and organisational dimensions.",
    },
  },
  {
    id: "determinism",
    term: { "pt-BR": "Determinismo", en: "Determinism" },
    definition: {
      "pt-BR": "Propriedade de um passo que, com as mesmas entradas, sempre produz a mesma saída. Em ciência de dados se obtém fixando seeds, versões de bibliotecas e a ordem dos dados.",
      en: "The property of a step that always produces the same output from the same inputs. In data science it comes from fixed seeds, pinned library versions and a fixed data order.",
    },
  },
  {
    id: "dev-prod-parity",
    term: { "pt-BR": "Paridade dev/prod", en: "Dev/prod parity" },
    definition: {
      "pt-BR": "Fator X: manter desenvolvimento, homologação e produção o mais parecidos possível em código, pessoas e ferramentas. Uma mesma imagem Docker em todos os ambientes é a forma mais direta.",
      en: "Factor X: keeping development, staging and production as similar as possible in code, people and tools. One Docker image in every environment is the most direct way.",
    },
  },
  {
    id: "disaster-recovery",
    term: { "pt-BR": "Recuperação de desastres", en: "Disaster recovery" },
    definition: {
      "pt-BR": "Plano para voltar a operar depois de uma falha grave (perda de região, de dados, de conta). Define RPO (quanto dado se aceita perder) e RTO (em quanto tempo o serviço volta).",
      en: "A plan to get back to operation after a major failure (a lost region, data or account). It sets the RPO (how much data may be lost) and the RTO (how fast the service is back).",
    },
  },
  {
    id: "dockerfile",
    term: { "pt-BR": "Dockerfile", en: "Dockerfile" },
    definition: {
      "pt-BR": "Arquivo de texto com as instruções (FROM, COPY, RUN, USER, CMD…) que o docker build executa em ordem para montar uma imagem. Cada instrução gera uma camada reaproveitada em cache.",
      en: "A text file with the instructions (FROM, COPY, RUN, USER, CMD…) that docker build runs in order to assemble an image. Each instruction produces a layer that is reused from cache.",
    },
  },
  {
    id: "elasticity",
    term: { "pt-BR": "Elasticidade", en: "Elasticity" },
    definition: {
      "pt-BR": "Capacidade de aumentar e reduzir recursos rapidamente, às vezes de forma automática, conforme a demanda. Uma das cinco características essenciais da nuvem.",
      en: "The ability to add and remove resources quickly, sometimes automatically, as demand changes. One of the five essential characteristics of cloud computing.",
    },
  },
  {
    id: "environment",
    term: { "pt-BR": "Ambiente de configuração", en: "Configuration environment" },
    definition: {
      "pt-BR": "No Kedro, uma pasta em conf/ (base, local, prod…). kedro run --env=prod carrega conf/base e aplica conf/prod por cima; sem --env, o ambiente padrão é local.",
      en: "In Kedro, a folder under conf/ (base, local, prod…). kedro run --env=prod loads conf/base and applies conf/prod on top; without --env the default environment is local.",
    },
  },
  {
    id: "iaas",
    term: { "pt-BR": "IaaS (infraestrutura como serviço)", en: "IaaS (infrastructure as a service)" },
    definition: {
      "pt-BR": "O provedor entrega máquinas virtuais, discos e redes; você cuida do sistema operacional, do runtime, da aplicação e dos dados. Exemplo: Compute Engine.",
      en: "The provider delivers virtual machines, disks and networks; you manage the operating system, runtime, application and data. Example: Compute Engine.",
    },
  },
  {
    id: "iam",
    term: { "pt-BR": "IAM (gestão de identidade e acesso)", en: "IAM (identity and access management)" },
    definition: {
      "pt-BR": "O sistema que diz quem (usuário, grupo, conta de serviço) pode fazer o quê (papel com permissões) em qual recurso (projeto, bucket, tabela).",
      en: "The system that says who (user, group, service account) may do what (a role with permissions) on which resource (project, bucket, table).",
    },
  },
  {
    id: "image",
    term: { "pt-BR": "Imagem de contêiner", en: "Container image" },
    definition: {
      "pt-BR": "Pacote imutável, em camadas, com o sistema de arquivos e os metadados para iniciar um contêiner. É o artefato do build; uma tag ou um digest identifica a versão.",
      en: "An immutable, layered package with the file system and metadata needed to start a container. It is the build artifact; a tag or a digest identifies the version.",
    },
  },
  {
    id: "inference",
    term: { "pt-BR": "Inferência", en: "Inference" },
    definition: {
      "pt-BR": "Usar o modelo já treinado para prever dados novos, sem rótulo. Usa os transformadores ajustados no treino e nunca reajusta nada.",
      en: "Using the trained model to predict new, unlabelled data. It applies the transformers fitted during training and never refits anything.",
    },
  },
  {
    id: "kedro-viz",
    term: { "pt-BR": "Kedro-Viz", en: "Kedro-Viz" },
    definition: {
      "pt-BR": "Ferramenta que desenha o DAG de um projeto Kedro no navegador (kedro viz run), com nodes, datasets, parâmetros, camadas e filtros por pipeline.",
      en: "A tool that draws a Kedro project's DAG in the browser (kedro viz run), with nodes, datasets, parameters, layers and filters by pipeline.",
    },
  },
  {
    id: "least-privilege",
    term: { "pt-BR": "Menor privilégio", en: "Least privilege" },
    definition: {
      "pt-BR": "Princípio de dar a cada identidade só as permissões de que ela precisa para o seu trabalho, no menor escopo possível, e nada além.",
      en: "The principle of giving each identity only the permissions it needs for its job, at the narrowest scope, and nothing more.",
    },
  },
  {
    id: "memory-dataset",
    term: { "pt-BR": "MemoryDataset", en: "MemoryDataset" },
    definition: {
      "pt-BR": "O dataset que o Kedro cria para um nome usado no pipeline e ausente do catálogo. Vive só durante o kedro run e some no fim, então não serve para retomar uma execução.",
      en: "The dataset Kedro creates for a name used in the pipeline and missing from the catalog. It lives only during the kedro run and disappears at the end, so a run cannot resume from it.",
    },
  },
  {
    id: "monitoring",
    term: { "pt-BR": "Monitoramento", en: "Monitoring" },
    definition: {
      "pt-BR": "Acompanhar em produção a saúde do sistema (erros, latência, custo) e do modelo (distribuição das entradas, das previsões e, quando o rótulo chega, das métricas).",
      en: "Watching, in production, the health of the system (errors, latency, cost) and of the model (distribution of inputs and predictions and, once labels arrive, its metrics).",
    },
  },
  {
    id: "node",
    term: { "pt-BR": "Node (nó)", en: "Node" },
    definition: {
      "pt-BR": "Uma função Python pura embrulhada pelo Kedro com entradas e saídas nomeadas. Não lê nem grava arquivos: recebe objetos do catálogo e devolve objetos para ele.",
      en: "A pure Python function wrapped by Kedro with named inputs and outputs. It neither reads nor writes files: it receives objects from the catalog and returns objects to it.",
    },
  },
  {
    id: "paas",
    term: { "pt-BR": "PaaS (plataforma como serviço)", en: "PaaS (platform as a service)" },
    definition: {
      "pt-BR": "O provedor cuida da infraestrutura, do sistema operacional e do runtime; você entrega o código ou o contêiner e os dados. Exemplos: Cloud Run, App Engine.",
      en: "The provider manages infrastructure, operating system and runtime; you supply the code or container and the data. Examples: Cloud Run, App Engine.",
    },
  },
  {
    id: "parameters",
    term: { "pt-BR": "Parâmetros", en: "Parameters" },
    definition: {
      "pt-BR": "Valores de configuração do método (seed, proporções de split, hiperparâmetros) em conf/*/parameters*.yml, passados aos nodes como params:<chave>.",
      en: "Configuration values of the method (seed, split ratios, hyperparameters) in conf/*/parameters*.yml, passed to nodes as params:<key>.",
    },
  },
  {
    id: "pipeline",
    term: { "pt-BR": "Pipeline", en: "Pipeline" },
    definition: {
      "pt-BR": "Um conjunto de nodes cujo DAG sai dos nomes dos datasets. Pipelines se somam com +, e o registro de pipelines dá nome a cada um para kedro run --pipeline.",
      en: "A set of nodes whose DAG comes from dataset names. Pipelines add up with +, and the pipeline registry names each one for kedro run --pipeline.",
    },
  },
  {
    id: "productization",
    term: { "pt-BR": "Produtização", en: "Productisation" },
    definition: {
      "pt-BR": "Transformar um protótipo analítico num produto que alguém usa todo dia: com dono, interface, integração aos dados e sistemas, operação e suporte.",
      en: "Turning an analytical prototype into a product someone uses every day: with an owner, an interface, integration with data and systems, operation and support.",
    },
  },
  {
    id: "reproducibility",
    term: { "pt-BR": "Reprodutibilidade", en: "Reproducibility" },
    definition: {
      "pt-BR": "Poder refazer um resultado (um modelo, uma métrica) a partir do mesmo código, dados, parâmetros e ambiente. Exige versionar os quatro, não só o código.",
      en: "Being able to redo a result (a model, a metric) from the same code, data, parameters and environment. It requires versioning all four, not only the code.",
    },
  },
  {
    id: "runner",
    term: { "pt-BR": "Runner", en: "Runner" },
    definition: {
      "pt-BR": "O componente do Kedro que executa um pipeline: SequentialRunner (um node por vez, o padrão), ParallelRunner (processos) e ThreadRunner (threads).",
      en: "The Kedro component that executes a pipeline: SequentialRunner (one node at a time, the default), ParallelRunner (processes) and ThreadRunner (threads).",
    },
  },
  {
    id: "saas",
    term: { "pt-BR": "SaaS (software como serviço)", en: "SaaS (software as a service)" },
    definition: {
      "pt-BR": "O provedor entrega a aplicação pronta; você só a configura e usa. Exemplos: Google Workspace, Looker Studio.",
      en: "The provider delivers the finished application; you only configure and use it. Examples: Google Workspace, Looker Studio.",
    },
  },
  {
    id: "sli",
    term: { "pt-BR": "SLI (indicador de nível de serviço)", en: "SLI (service level indicator)" },
    definition: {
      "pt-BR": "Uma medida do serviço do ponto de vista do usuário, como a fração de requisições respondidas em menos de 300 ms ou a fração de execuções diárias concluídas até as 6h.",
      en: "A measure of the service from the user's point of view, such as the fraction of requests answered in under 300 ms or the fraction of daily runs finished by 6 a.m.",
    },
  },
  {
    id: "slo",
    term: { "pt-BR": "SLO (objetivo de nível de serviço)", en: "SLO (service level objective)" },
    definition: {
      "pt-BR": "A meta para um SLI numa janela de tempo, por exemplo 99% das execuções concluídas até as 6h em 30 dias. O que sobra até 100% é o orçamento de erro.",
      en: "The target for an SLI over a time window, for example 99% of runs finished by 6 a.m. over 30 days. What remains up to 100% is the error budget.",
    },
  },
  {
    id: "streaming",
    term: { "pt-BR": "Processamento de fluxo (streaming)", en: "Stream processing" },
    definition: {
      "pt-BR": "Processar eventos continuamente, à medida que chegam, com latência de segundos. Exige ferramentas próprias (Pub/Sub e Dataflow no GCP); o Kedro não é feito para isso.",
      en: "Processing events continuously as they arrive, with latency in seconds. It needs its own tools (Pub/Sub and Dataflow on GCP); Kedro is not built for it.",
    },
  },
  {
    id: "twelve-factor",
    term: { "pt-BR": "Twelve-Factor App (12 fatores)", en: "Twelve-Factor App" },
    definition: {
      "pt-BR": "Metodologia publicada em 12factor.net com doze práticas para aplicações que rodam como serviço: portáveis entre ambientes, fáceis de escalar e de implantar continuamente.",
      en: "A methodology published at 12factor.net with twelve practices for applications that run as a service: portable between environments, easy to scale and to deploy continuously.",
    },
  },
  {
    id: "vpc",
    term: { "pt-BR": "VPC (nuvem privada virtual)", en: "VPC (virtual private cloud)" },
    definition: {
      "pt-BR": "Rede privada e isolada dentro do provedor, com sub-redes, rotas e regras de firewall. No GCP, o VPC Service Controls ainda cria um perímetro que impede copiar dados para fora.",
      en: "A private, isolated network inside the provider, with subnets, routes and firewall rules. On GCP, VPC Service Controls adds a perimeter that stops data from being copied out.",
    },
  },
];

/** Looks a term up by id; undefined when no entry has it. */
export function findGlossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((entry) => entry.id === id);
}

/** Entries sorted by their term in `locale`, with that locale's collation. */
export function sortedGlossary(locale: Locale): GlossaryEntry[] {
  return [...GLOSSARY].sort((a, b) => a.term[locale].localeCompare(b.term[locale], locale));
}
