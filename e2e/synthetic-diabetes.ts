/**
 * Small diabetes CSV files in the Kaggle layout, for specs that need a
 * loaded file but not the workshop's 70,000 rows. Every feature takes few
 * values, so the train rows of an 80/20 split contain each value. An Ordinal
 * column needs that, because an unseen ordinal value fails the transform.
 */
const FEATURE_VALUES: Record<string, readonly number[]> = {
  HighBP: [0, 1],
  HighChol: [0, 1],
  CholCheck: [0, 1],
  BMI: [22, 27, 31, 36],
  Smoker: [0, 1],
  Stroke: [0, 1],
  HeartDiseaseorAttack: [0, 1],
  PhysActivity: [0, 1],
  Fruits: [0, 1],
  Veggies: [0, 1],
  HvyAlcoholConsump: [0, 1],
  AnyHealthcare: [0, 1],
  NoDocbcCost: [0, 1],
  GenHlth: [1, 2, 3, 4, 5],
  MentHlth: [0, 5, 15],
  PhysHlth: [0, 3, 30],
  DiffWalk: [0, 1],
  Sex: [0, 1],
  Age: [3, 7, 11],
  Education: [4, 5, 6],
  Income: [2, 5, 8],
};

/** Writes `rows` rows, labeled with `Diabetes_binary` alternating 0 and 1 unless `labeled` is false. */
export function syntheticDiabetesCsv(rows: number, { labeled = true } = {}): Buffer {
  const features = Object.keys(FEATURE_VALUES);
  const lines = [(labeled ? ["Diabetes_binary", ...features] : features).join(",")];
  for (let row = 0; row < rows; row++) {
    // Different strides per column spread the value combinations over the rows.
    const values = features.map((feature, column) => {
      const choices = FEATURE_VALUES[feature];
      return choices[(row * (column + 1) + Math.floor(row / 7)) % choices.length];
    });
    lines.push((labeled ? [row % 2, ...values] : values).join(","));
  }
  return Buffer.from(lines.join("\n") + "\n");
}
