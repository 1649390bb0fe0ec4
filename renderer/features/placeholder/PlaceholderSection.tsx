export function PlaceholderSection({ title, text }: { title: string; text: string }) {
  return (
    <section aria-labelledby="section-title">
      <h2 id="section-title">{title}</h2>
      <p className="lead">{text}</p>
      <p className="muted">
        This part of the workbook is still being written. Everything you add elsewhere is saved and encrypted.
      </p>
    </section>
  );
}
