import { useEffect, useRef, useState } from 'react';

/** The width and height of an element, kept up to date with a ResizeObserver. */
export function useBoxSize<T extends HTMLElement>(initial = { width: 1200, height: 600 }) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      setSize({
        width: Math.max(280, Math.floor(r.width)),
        height: Math.max(200, Math.floor(r.height)),
      });
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size] as const;
}
