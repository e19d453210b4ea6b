/**
 * Line icons drawn inline as SVG: no icon font or emoji, which render as empty boxes on machines
 * without the fonts. Decorative: the button around an icon carries its label.
 */
const paths = {
  save: "M5 3h11l3 3v15H5zM8 3v6h8V3M8 21v-7h8v7",
  undo: "M9 14L4 9l5-5M4 9h11a5 5 0 010 10h-3",
  redo: "M15 14l5-5-5-5M20 9H9a5 5 0 000 10h3",
  help: "M9.1 9a3 3 0 015.8 1c0 2-3 3-3 3M12 17h.01M12 22a10 10 0 110-20 10 10 0 010 20z",
  rack: "M5 3h14v18H5zM5 8h14M5 13h14M8 5.5h.01M8 10.5h.01M8 15.5h.01",
  pool: "M4 6a8 3 0 0016 0 8 3 0 00-16 0v12a8 3 0 0016 0V6M4 12a8 3 0 0016 0",
  podpool: "M12 2l9 5v10l-9 5-9-5V7zM12 12l9-5M12 12v10M12 12L3 7",
  zone: "M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5z",
  chevronDown: "M6 9l6 6 6-6",
  chevronUp: "M18 15l-6-6-6 6",
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, className = "h-4 w-4" }: { name: IconName; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className}>
      <path d={paths[name]} />
    </svg>
  );
}
