import type { MerchantStatus } from '@/db/schema';
import type { Clock } from './calendar';
import type { Rng } from './random';
import type { StatusChangePlan } from './types';

// The steps a merchant went through to reach its status
// (draft → pending_review → approved → live ⇄ paused → archived), with
// timestamps in the past, one day or more apart.

const STAFF = ['ops.camille', 'ops.yanis', 'ops.lea', 'ops.hugo'];

const REASONS: Record<string, readonly string[]> = {
  draft: ['Fiche créée', 'Fiche créée suite à la demande du marchand'],
  pending_review: ['Taux et conditions saisis, à relire'],
  approved: ['Programme accepté par le réseau', 'Conditions vérifiées'],
  live: ['Mise en ligne'],
  paused: [
    'Programme suspendu par le réseau',
    'Budget annonceur épuisé',
    'Suivi des ventes en cours de vérification',
  ],
  resumed: ['Programme réactivé'],
  archived: ['Partenariat terminé', 'Marchand fermé'],
};

export type History = {
  statusChanges: StatusChangePlan[];
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
};

type Step = { to: MerchantStatus; day: number; reason: string };

/**
 * publishedDay: the day offset (negative) the merchant went live, for
 * live/paused/archived; ignored otherwise.
 */
export function statusHistory(rng: Rng, clock: Clock, status: MerchantStatus, publishedDay: number): History {
  const minAgo = status === 'live' ? 1 : status === 'paused' || status === 'archived' ? 3 : 0;
  if (minAgo > 0 && publishedDay > -minAgo)
    throw new Error(`publishedDay ${publishedDay} too recent for ${status}`);
  const steps: Step[] = [];
  const step = (to: MerchantStatus, day: number, key: string = to) => {
    steps.push({ to, day, reason: rng.pick(REASONS[key]!) });
  };
  if (status === 'draft' || status === 'pending_review' || status === 'approved') {
    const draftDay = -rng.int(3, 90);
    step('draft', draftDay);
    if (status !== 'draft') {
      const pendingDay = rng.int(draftDay + 1, -2);
      step('pending_review', pendingDay);
      if (status === 'approved') step('approved', rng.int(pendingDay + 1, -1));
    }
  } else {
    const approvedDay = publishedDay - rng.int(1, 3);
    const pendingDay = approvedDay - rng.int(1, 5);
    step('draft', pendingDay - rng.int(1, 10));
    step('pending_review', pendingDay);
    step('approved', approvedDay);
    step('live', publishedDay);
    if (status === 'live' && publishedDay <= -30 && rng.chance(10)) {
      const pausedDay = rng.int(publishedDay + 1, -3);
      step('paused', pausedDay);
      step('live', rng.int(pausedDay + 1, -1), 'resumed');
    } else if (status === 'paused') {
      step('paused', rng.int(publishedDay + 1, -1));
    } else if (status === 'archived') {
      const pausedDay = rng.int(publishedDay + 1, -2);
      if (rng.chance(50)) step('paused', pausedDay);
      step('archived', rng.int(pausedDay + 1, -1));
    }
  }
  let previous: MerchantStatus | null = null;
  const statusChanges = steps.map((s) => {
    const change: StatusChangePlan = {
      fromStatus: previous,
      toStatus: s.to,
      reason: s.reason,
      changedBy: s.to === 'paused' && s.reason.includes('réseau') ? 'system' : rng.pick(STAFF),
      changedAt: clock.at(s.day, rng.int(8, 18), rng.int(0, 59)),
    };
    previous = s.to;
    return change;
  });
  const first = statusChanges[0]!;
  const last = statusChanges[statusChanges.length - 1]!;
  const live = statusChanges.find((c) => c.toStatus === 'live');
  return {
    statusChanges,
    createdAt: first.changedAt,
    updatedAt: last.changedAt,
    publishedAt: live?.changedAt ?? null,
  };
}
