/** Feature message modules, merged over the base dictionaries. */
import { kedroExportMessages } from "./kedro-export";

export interface FeatureMessages {
  "pt-BR": Record<string, string>;
  en: Record<string, string>;
}

export const FEATURE_MESSAGES: FeatureMessages[] = [kedroExportMessages];
