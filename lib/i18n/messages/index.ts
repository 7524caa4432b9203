/** Feature message modules, merged over the base dictionaries. */
import { gradingMessages } from "./grading";

export interface FeatureMessages {
  "pt-BR": Record<string, string>;
  en: Record<string, string>;
}

export const FEATURE_MESSAGES: FeatureMessages[] = [gradingMessages];
