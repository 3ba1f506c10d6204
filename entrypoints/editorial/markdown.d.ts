/** docs/*.md imported as blocks (scripts/markdown.ts, a build-time Vite plugin). */
declare module '*.md?blocks' {
  const blocks: import('@/core/markdown').Block[];
  export default blocks;
}
