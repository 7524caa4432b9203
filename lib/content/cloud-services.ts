/**
 * The Azure/AWS/GCP service comparison shown in the cloud lesson, with the
 * filter behind its category buttons and search box.
 *
 * NOTE: providers rename services often; the names below are the ones in
 * each provider's documentation in 2025. Check there before quoting one.
 */
import type { Locale } from "@/lib/i18n";
import { foldText } from "./slug";

export const CLOUD_CATEGORIES = [
  "compute",
  "containers",
  "storage",
  "databases",
  "analytics",
  "processing",
  "orchestration",
  "ml",
  "security",
  "observability",
  "devops",
  "networking",
] as const;
export type CloudCategory = (typeof CLOUD_CATEGORIES)[number];

export interface CloudService {
  id: string;
  category: CloudCategory;
  /** Purpose of the service, in each locale. */
  need: Record<Locale, string>;
  azure: string;
  aws: string;
  gcp: string;
}

const row = (id: string, category: CloudCategory, ptBR: string, en: string, azure: string, aws: string, gcp: string): CloudService => ({
  id,
  category,
  need: { "pt-BR": ptBR, en },
  azure,
  aws,
  gcp,
});

export const CLOUD_SERVICES: readonly CloudService[] = [
  row("vm", "compute", "Máquinas virtuais", "Virtual machines", "Azure Virtual Machines", "Amazon EC2", "Compute Engine"),
  row("vm-autoscaling", "compute", "Grupos de VMs com escala automática", "Autoscaled VM groups", "Virtual Machine Scale Sets", "Amazon EC2 Auto Scaling", "Managed instance groups"),
  row("batch-compute", "compute", "Jobs em lote gerenciados", "Managed batch jobs", "Azure Batch", "AWS Batch", "Batch"),
  row("functions", "compute", "Funções sem servidor", "Serverless functions", "Azure Functions", "AWS Lambda", "Cloud Run functions"),

  row("kubernetes", "containers", "Kubernetes gerenciado", "Managed Kubernetes", "Azure Kubernetes Service (AKS)", "Amazon EKS", "Google Kubernetes Engine (GKE)"),
  row("serverless-containers", "containers", "Contêineres sem servidor (serviços e jobs)", "Serverless containers (services and jobs)", "Azure Container Apps", "AWS Fargate / AWS App Runner", "Cloud Run"),
  row("registry", "containers", "Registro de imagens e pacotes", "Image and package registry", "Azure Container Registry", "Amazon ECR", "Artifact Registry"),

  row("object-storage", "storage", "Armazenamento de objetos (arquivos, data lake)", "Object storage (files, data lake)", "Azure Blob Storage", "Amazon S3", "Cloud Storage"),
  row("block-storage", "storage", "Discos para VMs", "Disks for VMs", "Azure Managed Disks", "Amazon EBS", "Persistent Disk / Hyperdisk"),
  row("file-storage", "storage", "Sistema de arquivos compartilhado (NFS)", "Shared file system (NFS)", "Azure Files", "Amazon EFS", "Filestore"),

  row("relational", "databases", "Banco relacional gerenciado", "Managed relational database", "Azure Database for PostgreSQL / Azure SQL Database", "Amazon RDS / Amazon Aurora", "Cloud SQL / AlloyDB"),
  row("document", "databases", "Banco NoSQL de documentos ou chave-valor", "NoSQL document or key-value database", "Azure Cosmos DB", "Amazon DynamoDB", "Firestore"),
  row("wide-column", "databases", "Banco de colunas largas para séries e alto volume", "Wide-column database for time series and high volume", "Azure Managed Instance for Apache Cassandra", "Amazon Keyspaces", "Bigtable"),

  row("warehouse", "analytics", "Data warehouse analítico (SQL)", "Analytical data warehouse (SQL)", "Azure Synapse Analytics / Microsoft Fabric", "Amazon Redshift", "BigQuery"),
  row("warehouse-ml", "analytics", "Modelos de ML treinados com SQL no warehouse", "ML models trained with SQL in the warehouse", "Microsoft Fabric (PREDICT)", "Amazon Redshift ML", "BigQuery ML"),
  row("bi", "analytics", "Painéis e BI", "Dashboards and BI", "Power BI", "Amazon QuickSight", "Looker / Looker Studio"),
  row("governance", "analytics", "Catálogo e governança de dados", "Data catalogue and governance", "Microsoft Purview", "Amazon DataZone / AWS Glue Data Catalog", "Dataplex Universal Catalog"),

  row("spark", "processing", "Spark e Hadoop gerenciados", "Managed Spark and Hadoop", "Azure HDInsight / Azure Databricks", "Amazon EMR", "Dataproc"),
  row("beam", "processing", "Pipelines de dados em lote e fluxo sem servidor", "Serverless batch and stream data pipelines", "Azure Stream Analytics", "Amazon Managed Service for Apache Flink", "Dataflow"),
  row("etl", "processing", "Integração de dados (ETL visual)", "Data integration (visual ETL)", "Azure Data Factory", "AWS Glue", "Cloud Data Fusion"),
  row("messaging", "processing", "Mensageria e ingestão de eventos", "Messaging and event ingestion", "Azure Event Hubs / Service Bus", "Amazon Kinesis Data Streams / Amazon SQS", "Pub/Sub"),

  row("airflow", "orchestration", "Apache Airflow gerenciado", "Managed Apache Airflow", "Apache Airflow job (Microsoft Fabric Data Factory)", "Amazon MWAA", "Cloud Composer"),
  row("scheduler", "orchestration", "Agendamento de tarefas (cron)", "Task scheduling (cron)", "Azure Logic Apps (recurrence)", "Amazon EventBridge Scheduler", "Cloud Scheduler"),
  row("workflows", "orchestration", "Orquestração de chamadas a serviços", "Orchestration of service calls", "Azure Logic Apps", "AWS Step Functions", "Workflows"),

  row("ml-platform", "ml", "Plataforma de ML de ponta a ponta", "End-to-end ML platform", "Azure Machine Learning", "Amazon SageMaker AI", "Vertex AI"),
  row("notebooks", "ml", "Notebooks gerenciados", "Managed notebooks", "Azure ML compute instances", "Amazon SageMaker Studio", "Vertex AI Workbench / Colab Enterprise"),
  row("ml-pipelines", "ml", "Pipelines de ML", "ML pipelines", "Azure ML pipelines", "Amazon SageMaker Pipelines", "Vertex AI Pipelines"),
  row("training", "ml", "Treino gerenciado (jobs com CPU, GPU ou TPU)", "Managed training (CPU, GPU or TPU jobs)", "Azure ML jobs", "SageMaker training jobs", "Vertex AI custom training"),
  row("serving", "ml", "Servir modelos (endpoints online e previsão em lote)", "Model serving (online endpoints and batch prediction)", "Azure ML online and batch endpoints", "SageMaker endpoints / batch transform", "Vertex AI online and batch prediction"),
  row("model-registry", "ml", "Registro de modelos", "Model registry", "Azure ML model registry", "SageMaker Model Registry", "Vertex AI Model Registry"),
  row("model-monitoring", "ml", "Monitoramento de modelos (deriva, qualidade)", "Model monitoring (drift, quality)", "Azure ML model monitoring", "SageMaker Model Monitor", "Vertex AI Model Monitoring"),
  row("feature-store", "ml", "Feature store", "Feature store", "Azure ML managed feature store", "SageMaker Feature Store", "Vertex AI Feature Store"),
  row("genai", "ml", "Modelos generativos como serviço", "Generative models as a service", "Azure AI Foundry (Azure OpenAI)", "Amazon Bedrock", "Vertex AI (Gemini)"),

  row("iam", "security", "Identidades, papéis e permissões", "Identities, roles and permissions", "Microsoft Entra ID + Azure RBAC", "AWS IAM", "Cloud IAM"),
  row("secrets", "security", "Cofre de segredos", "Secret store", "Azure Key Vault", "AWS Secrets Manager", "Secret Manager"),
  row("kms", "security", "Chaves de criptografia gerenciadas", "Managed encryption keys", "Azure Key Vault keys / Managed HSM", "AWS KMS", "Cloud KMS"),
  row("dlp", "security", "Descoberta e classificação de dados sensíveis", "Sensitive data discovery and classification", "Microsoft Purview (classificação)", "Amazon Macie", "Sensitive Data Protection"),
  row("audit", "security", "Logs de auditoria (quem fez o quê)", "Audit logs (who did what)", "Azure Monitor activity log", "AWS CloudTrail", "Cloud Audit Logs"),

  row("metrics", "observability", "Métricas, painéis e alertas", "Metrics, dashboards and alerts", "Azure Monitor", "Amazon CloudWatch", "Cloud Monitoring"),
  row("logs", "observability", "Logs centralizados", "Centralised logs", "Azure Monitor Logs (Log Analytics)", "Amazon CloudWatch Logs", "Cloud Logging"),
  row("tracing", "observability", "Rastreamento distribuído", "Distributed tracing", "Application Insights", "AWS X-Ray", "Cloud Trace"),
  row("billing", "observability", "Custos, orçamentos e alertas de gasto", "Costs, budgets and spend alerts", "Microsoft Cost Management", "AWS Cost Explorer / AWS Budgets", "Cloud Billing (reports and budgets)"),

  row("ci", "devops", "Build e integração contínua", "Build and continuous integration", "Azure Pipelines", "AWS CodeBuild / AWS CodePipeline", "Cloud Build"),
  row("iac", "devops", "Infraestrutura como código", "Infrastructure as code", "Azure Resource Manager (Bicep)", "AWS CloudFormation", "Infrastructure Manager (Terraform)"),

  row("vpc", "networking", "Rede privada virtual", "Virtual private network", "Azure Virtual Network", "Amazon VPC", "Virtual Private Cloud (VPC)"),
  row("perimeter", "networking", "Perímetro contra exfiltração de dados", "Perimeter against data exfiltration", "Azure Private Link + políticas de rede", "VPC endpoints + endpoint policies", "VPC Service Controls"),
  row("load-balancing", "networking", "Balanceamento de carga", "Load balancing", "Azure Load Balancer / Application Gateway", "Elastic Load Balancing", "Cloud Load Balancing"),
];

export interface CloudServiceFilter {
  /** null shows every category. */
  category: CloudCategory | null;
  /** Words to look for in the need and the three service names; case and accents are ignored. */
  query: string;
  locale: Locale;
}

/**
 * Returns the rows in `category` (or all) whose text contains every word of
 * `query`, in table order.
 *
 * @example
 * filterCloudServices(CLOUD_SERVICES, { category: "ml", query: "registro", locale: "pt-BR" }) // the model registry row
 */
export function filterCloudServices(rows: readonly CloudService[], filter: CloudServiceFilter): CloudService[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  return rows.filter((service) => {
    if (filter.category && service.category !== filter.category) return false;
    if (words.length === 0) return true;
    const haystack = foldText([service.need[filter.locale], service.azure, service.aws, service.gcp].join(" "));
    return words.every((word) => haystack.includes(word));
  });
}
