// A search combobox (WAI-ARIA combobox with a listbox popup): type to search as you type (debounced), arrow keys
// to move, Enter to pick, Escape to close. Used by the path finder; the home page lists results as links.
import { useId, useState, type KeyboardEvent } from "react";
import type { EntityRefFragment } from "../../../client/generated/graphql";
import { useSearchQuery } from "../../../client/generated/hooks";
import { KIND_LABEL, displayName } from "../labels";
import { useDebounced } from "../useDebounced";

export function SearchPicker({ label, value, onChange, name }: { label: string; value: EntityRefFragment | null; onChange: (e: EntityRefFragment | null) => void; name: string }) {
  const id = useId();
  const [text, setText] = useState(value ? displayName(value) : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 200);
  const [{ data, fetching }] = useSearchQuery({ variables: { query, first: 8 }, pause: query.length < 2 || !open });
  const options = open && query.length >= 2 ? (data?.search.edges.map((e) => e.node) ?? []) : [];

  const pick = (e: EntityRefFragment) => {
    onChange(e);
    setText(displayName(e));
    setOpen(false);
  };
  const onKeyDown = (ev: KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === "ArrowDown") {
      ev.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(options.length - 1, 0)));
    } else if (ev.key === "ArrowUp") {
      ev.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (ev.key === "Enter") {
      if (options[active]) {
        ev.preventDefault();
        pick(options[active]);
      }
    } else if (ev.key === "Escape") {
      setOpen(false);
    }
  };
  const listId = `${id}-list`;
  return (
    <div className="picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options[active] ? `${id}-opt-${active}` : undefined}
        value={text}
        placeholder="Type a name, e.g. Eurojust"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
          if (value) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" className="picker-options" aria-label={`${label}: suggestions`} hidden={options.length === 0}>
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "active" : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o)}
          >
            {displayName(o)} <span className="muted">{KIND_LABEL[o.kind]}</span>
          </li>
        ))}
      </ul>
      <span className="visually-hidden" aria-live="polite">
        {open && query.length >= 2 && !fetching ? `${options.length} suggestions` : ""}
      </span>
    </div>
  );
}
