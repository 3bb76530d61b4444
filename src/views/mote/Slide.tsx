import { useId } from 'react';
import type { SlideData } from '../../queries/slide-data.ts';
import {
  slideFilters,
  slideLegend,
  slideSubtitle,
  slideTitle,
  sourceAndPeriod,
} from '../../deck/slide-text.ts';
import { useCaptionEdit } from '../../deck/useDeck.ts';
import { slideCaption } from '../../deck/captions.ts';
import { useT } from '../../i18n/i18n.ts';
import { SlideFigure } from '../../deck/SlideFigure.tsx';
import { SlideLegend } from './SlideLegend.tsx';
import { useBoxSize } from './useBoxSize.ts';

/** One slide for the projector: title, plain-language caption, the large figure, legend, and the source small. */
export function Slide({
  slide,
  titleId,
}: {
  slide: SlideData;
  /** id for the slide's title. */ titleId: string;
}) {
  const { lang } = useT();
  const captionId = useId();
  const [box, size] = useBoxSize<HTMLDivElement>();
  const [edit] = useCaptionEdit(slide.id, lang);
  return (
    <article className={`slide slide-${slide.kind}`} aria-labelledby={titleId} data-testid="slide">
      <header className="slide-head">
        <h2 id={titleId} className="slide-title" data-testid="slide-title">
          {slideTitle(slide, lang)}
        </h2>
        <p className="slide-subtitle">{slideSubtitle(slide, lang)}</p>
      </header>
      <p id={captionId} className="slide-caption" data-testid="slide-caption">
        {edit ?? slideCaption(slide, lang)}
      </p>
      <div ref={box} className="slide-figure">
        <SlideFigure
          slide={slide}
          width={size.width}
          height={size.height}
          labelledBy={titleId}
          describedBy={captionId}
          interactive
        />
      </div>
      <SlideLegend entries={slideLegend(slide, lang)} large />
      <footer className="slide-foot">
        <p>{slideFilters(slide, lang)}</p>
        <p data-testid="slide-source">{sourceAndPeriod(slide, lang)}</p>
      </footer>
    </article>
  );
}
