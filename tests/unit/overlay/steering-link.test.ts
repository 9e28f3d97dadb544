import { describe, expect, it, vi } from 'vitest';
import { createSteeringLink } from '../../../components/overlay/steering-link';
import type { PanelSteering, SteerRequest } from '../../../lib/steering/panel';

const request = (roi: number): SteerRequest => ({ platform: 'google-ads', accountId: '1', level: 'campaigns', period: null, roi, below: 0 });

describe('steering link', () => {
  it('asks again when the request changes, and calls for a pass only when the answer differs from the one shown', async () => {
    const answers: PanelSteering[] = [{}, {}, { drift: 'This week: 18 % below your target' }];
    const onSteer = vi.fn(async () => answers.shift()!);
    const onAnswer = vi.fn();
    const link = createSteeringLink(onSteer, onAnswer);
    link.ask(request(0.1));
    await vi.waitFor(() => expect(onSteer).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    // The first answer is what the panel shows already (nothing): no pass.
    expect(onAnswer).not.toHaveBeenCalled();
    link.ask(request(0.1));
    expect(onSteer).toHaveBeenCalledTimes(1);
    link.ask(request(0.2));
    await vi.waitFor(() => expect(onSteer).toHaveBeenCalledTimes(2));
    await Promise.resolve();
    expect(onAnswer).not.toHaveBeenCalled();
    link.ask(request(0.3));
    await vi.waitFor(() => expect(onAnswer).toHaveBeenCalledTimes(1));
    expect(link.current()).toEqual({ drift: 'This week: 18 % below your target' });
  });
});
