/** The way back from a page of the app (Settings, Help, About): its primary button, at its end. */
export function BackButton({ label, onBack }: { label: string; onBack: () => void }) {
  return (
    <div className="actions">
      <button type="button" className="primary" onClick={onBack}>
        {label}
      </button>
    </div>
  );
}
