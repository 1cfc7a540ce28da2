/** A copyable iframe code that shows one chart or the map on another site. */
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { viewAddress, type EmbedKind } from '../state/url-state';
import { useView } from '../state/view';
import { toClipboard } from './copy-text';
import { useDisclosure } from './use-disclosure';

export function EmbedCode({ kind, title }: { kind: EmbedKind; title: string }) {
  const { t } = useI18n();
  const { view } = useView();
  const { open, button, region } = useDisclosure();
  const [copied, setCopied] = useState(false);
  const id = region.id;
  // Made once opened (the page's own address: never in the markup baked at build, src/bake).
  const address = open ? viewAddress({ ...view, embed: kind, town: null, county: null, compare: [] }) : '';
  // Attribute values are escaped: a title never becomes markup in someone else's page.
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const code = `<iframe src="${escape(address)}" title="${escape(title)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
  return (
    <>
      <button type="button" className="secondary" {...button}>
        {t.embed}
      </button>
      {open && (
        <div {...region} className="embed-code">
          <label htmlFor={`${id}-code`}>{t.embedCode}</label>
          <textarea id={`${id}-code`} readOnly rows={3} value={code} onFocus={(e) => e.target.select()} />
          <button type="button" className="secondary" onClick={() => void toClipboard(code).then(setCopied)}>
            {t.copy}
          </button>
          <span role="status" className="muted small">
            {copied ? t.copied : ''}
          </span>
        </div>
      )}
    </>
  );
}
