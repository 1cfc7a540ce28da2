import { useId, useState } from 'react';

/** A button that shows and hides a region: its state and the ARIA wiring between the two. */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return {
    open,
    button: { 'aria-expanded': open, 'aria-controls': id, onClick: () => setOpen((o) => !o) },
    region: { id },
  };
}
