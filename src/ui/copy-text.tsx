/**
 * A button that copies a text to the clipboard, says so and shows what was copied; where the
 * browser will not (no clipboard on a plain-http page, or permission refused), it shows the text
 * selected, ready to copy by hand.
 */
import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';

/** Writes a text to the clipboard; false where the browser will not. */
export async function toClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyButton({
  label,
  name,
  text,
}: {
  label: string;
  /** The button's accessible name when the label alone would not tell it from others ("复制引用：《…》"). */
  name?: string;
  text: () => string;
}) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'copied' | 'manual'; text: string }>({
    kind: 'idle',
  });
  const id = useId();
  const copy = async () => {
    const value = text();
    setState({ kind: (await toClipboard(value)) ? 'copied' : 'manual', text: value });
  };
  return (
    <span className="copy-button">
      <button type="button" className="link-button" aria-label={name} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="muted small">
        {state.kind === 'copied' ? ` ${t.copied}` : state.kind === 'manual' ? ` ${t.copyByHand}` : ''}
      </span>
      {state.kind === 'copied' && (
        <samp className="copied-text" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
          {state.text}
        </samp>
      )}
      {state.kind === 'manual' && (
        <textarea
          id={id}
          className="copy-by-hand"
          readOnly
          aria-label={name ?? label}
          value={state.text}
          ref={(area) => area?.select()}
        />
      )}
    </span>
  );
}
