/** Feature message modules, merged over the base dictionaries. */
import { dataMessages } from "./data";
import { kedroExportMessages } from "./kedro-export";
import { slidesMessages } from "./slides";

export interface FeatureMessages {
  "pt-BR": Record<string, string>;
  en: Record<string, string>;
}

export const FEATURE_MESSAGES: FeatureMessages[] = [dataMessages, kedroExportMessages, slidesMessages];
