/** The footnote that opens "How this is judged" (docs/editorial.md as an extension page). */
export function JudgedLink({ onJudged }: { onJudged: () => void }) {
  return (
    <p class="tl-footnote">
      <button type="button" class="tl-link" onClick={onJudged}>
        How this is judged
      </button>
    </p>
  );
}
