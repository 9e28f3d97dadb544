/**
 * The panel's steering text, asked of the background only when what it
 * depends on changed, and only the latest answer kept; a pass follows an
 * answer only when it differs from the one shown.
 */
import type { PanelSteering, SteerRequest } from '../../lib/steering/panel';

export interface SteeringLink {
  /** Ask again if `request` differs from the last one asked. */
  ask(request: SteerRequest): void;
  /** The next request is asked even if it is the last one: the settings (language, target) changed the answer. */
  again(): void;
  /** Whether anything was asked yet. */
  asked(): boolean;
  /** The latest answer (empty until one arrives). */
  current(): PanelSteering;
}

export function createSteeringLink(onSteer: ((request: SteerRequest) => Promise<PanelSteering>) | undefined, onAnswer: () => void): SteeringLink {
  let steerSig = '';
  let steering: PanelSteering = {};
  let stale = false;
  return {
    ask(request) {
      const sig = JSON.stringify(request);
      if (!onSteer || (sig === steerSig && !stale)) return;
      steerSig = sig;
      stale = false;
      onSteer(request).then(
        (answer) => {
          // A later request has been sent meanwhile: its answer will come.
          if (sig !== steerSig) return;
          // The same text needs no pass (on 5 000 rows a pass that changes nothing still costs ~8 ms).
          const same = JSON.stringify(answer) === JSON.stringify(steering);
          steering = answer;
          if (!same) onAnswer();
        },
        () => {},
      );
    },
    again() {
      stale = true;
    },
    asked: () => steerSig !== '',
    current: () => steering,
  };
}
