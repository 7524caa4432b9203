/** Feature message modules, merged over the base dictionaries. */
import { courseMessages } from "./course";
import { dataMessages } from "./data";
import { gradingMessages } from "./grading";
import { kedroExportMessages } from "./kedro-export";
import { slidesMessages } from "./slides";

export interface FeatureMessages {
  "pt-BR": Record<string, string>;
  en: Record<string, string>;
}

export const FEATURE_MESSAGES: FeatureMessages[] = [courseMessages, dataMessages, gradingMessages, kedroExportMessages, slidesMessages];
