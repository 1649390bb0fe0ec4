/** The <option>s of a select over a fixed list of ids, each shown with its label. */
export function LabelledOptions<K extends string>({
  values,
  labels,
}: {
  values: readonly K[];
  labels: Readonly<Record<K, string>>;
}) {
  return (
    <>
      {values.map((v) => (
        <option key={v} value={v}>
          {labels[v]}
        </option>
      ))}
    </>
  );
}
