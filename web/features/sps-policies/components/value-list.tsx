/** A short list of SPS values (addresses, groups), each as text; "any" when the list is empty. */
export function ValueList({ values, empty = 'Any' }: { values: readonly string[]; empty?: string }) {
  if (values.length === 0) return <span className="text-muted-foreground">{empty}</span>
  return (
    <ul className="flex flex-wrap gap-1">
      {values.map((value, index) => (
        <li key={`${index}-${value}`} className="bg-muted rounded px-1.5 py-0.5 font-mono text-xs break-all">
          {value}
        </li>
      ))}
    </ul>
  )
}
