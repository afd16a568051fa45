/**
 * Everything presentation mode puts on screen (step bar, blank screen, figure cards) and the
 * runtime behind it. Loaded lazily once the first map is drawn (src/app/lazyPanels.ts), so the
 * first view does not carry it; the figure cards go into the map stage.
 */
import { createPortal } from 'react-dom';
import { usePresentation, type PresentationArgs } from './usePresentation';
import { BlankScreen, PresentBar } from './PresentBar';
import { FigureCards } from './FigureCards';
import './present.css';

interface Props extends PresentationArgs {
  stage: HTMLElement | null;
}

export function PresentationLayer({ stage, ...args }: Props) {
  const presentation = usePresentation(args);
  const plans = args.plans?.plans;
  return (
    <>
      {presentation.active &&
        plans &&
        stage &&
        createPortal(<FigureCards refs={presentation.current?.figures ?? []} plans={plans} />, stage)}
      <PresentBar p={presentation} />
      <BlankScreen p={presentation} />
    </>
  );
}
