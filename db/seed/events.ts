import {
  addDays,
  type Clock,
  type Day,
  easterSunday,
  lastWeekday,
  nthWeekday,
  parisTime,
  sameDay,
} from './calendar';
import type { EventPlan } from './types';

// Seasonal events from the French retail calendar, computed from "now": one
// event always covers now (Black Friday week when it is on, else "Les Jours
// Ristourne"), then the next occurrence of each recurring event.

const WED = 3;
const TUE = 2;
const SUN = 7;
const THU = 4;

type Window = { startsAt: Date; endsAt: Date };
type Recurring = {
  key: string;
  nameFr: string;
  nameEn: string;
  taglineFr: string;
  taglineEn: string;
  window: (year: number) => Window;
};

/** Winter sales: second Wednesday of January, 08:00, moved to the first when the second falls after the 12th. */
export function winterSalesStart(year: number): Day {
  const second = nthWeekday(year, 1, WED, 2);
  return second.day > 12 ? nthWeekday(year, 1, WED, 1) : second;
}

/** Summer sales: last Wednesday of June, 08:00, moved a week earlier when it falls after the 28th. */
export function summerSalesStart(year: number): Day {
  const last = lastWeekday(year, 6, WED);
  return last.day > 28 ? addDays(last, -7) : last;
}

/** Black Friday: the day after the fourth Thursday of November. */
export function blackFriday(year: number): Day {
  return addDays(nthWeekday(year, 11, THU, 4), 1);
}

/** Fête des mères: last Sunday of May, or the first Sunday of June when that is Pentecost. */
export function mothersDay(year: number): Day {
  const lastSunday = lastWeekday(year, 5, SUN);
  const pentecost = addDays(easterSunday(year), 49);
  return sameDay(lastSunday, pentecost) ? addDays(lastSunday, 7) : lastSunday;
}

const salesWindow = (start: Day): Window => ({
  startsAt: parisTime(start, 8),
  endsAt: parisTime(addDays(start, 28)),
});
const dayWindow = (start: Day, days: number): Window => ({
  startsAt: parisTime(start),
  endsAt: parisTime(addDays(start, days)),
});

/** Monday before Black Friday to the end of Cyber Monday. */
const blackFridayWeek = (year: number): Window => dayWindow(addDays(blackFriday(year), -4), 8);

const BLACK_FRIDAY: Recurring = {
  key: 'black-friday',
  nameFr: 'Semaine Black Friday',
  nameEn: 'Black Friday Week',
  taglineFr: 'Les meilleurs taux de l’année, jusqu’au Cyber Monday',
  taglineEn: 'The best rates of the year, through Cyber Monday',
  window: blackFridayWeek,
};

const RECURRING: readonly Recurring[] = [
  {
    key: 'soldes-hiver',
    nameFr: 'Soldes d’hiver',
    nameEn: 'Winter sales',
    taglineFr: 'Jusqu’à -70 %, et du cashback en plus',
    taglineEn: 'Up to 70% off, with cashback on top',
    window: (y) => salesWindow(winterSalesStart(y)),
  },
  {
    key: 'saint-valentin',
    nameFr: 'Saint-Valentin',
    nameEn: "Valentine's Day",
    taglineFr: 'Des cadeaux qui font plaisir deux fois',
    taglineEn: 'Gifts that pay off twice',
    window: (y) => dayWindow({ year: y, month: 2, day: 7 }, 8),
  },
  {
    key: 'french-days-printemps',
    nameFr: 'French Days de printemps',
    nameEn: 'Spring French Days',
    taglineFr: 'Une semaine de bons plans chez les marchands français',
    taglineEn: 'A week of deals from French shops',
    window: (y) => dayWindow(lastWeekday(y, 4, TUE), 7),
  },
  {
    key: 'fete-des-meres',
    nameFr: 'Fête des mères',
    nameEn: "Mother's Day",
    taglineFr: 'Des idées cadeaux pour dire merci',
    taglineEn: 'Gift ideas to say thank you',
    window: (y) => dayWindow(addDays(mothersDay(y), -9), 10),
  },
  {
    key: 'soldes-ete',
    nameFr: 'Soldes d’été',
    nameEn: 'Summer sales',
    taglineFr: 'Les soldes d’été, avec le cashback en prime',
    taglineEn: 'Summer sales, with cashback as a bonus',
    window: (y) => salesWindow(summerSalesStart(y)),
  },
  {
    key: 'french-days-automne',
    nameFr: 'French Days d’automne',
    nameEn: 'Autumn French Days',
    taglineFr: 'Les bons plans de la rentrée',
    taglineEn: 'Back-to-school deals',
    window: (y) => dayWindow(lastWeekday(y, 9, TUE), 7),
  },
  BLACK_FRIDAY,
];

function toEvent(r: Recurring, year: number, w: Window): EventPlan {
  return {
    slug: `${r.key}-${year}`,
    nameFr: r.nameFr,
    nameEn: r.nameEn,
    taglineFr: r.taglineFr,
    taglineEn: r.taglineEn,
    ...w,
  };
}

/** The event covering now: Black Friday week when now is in it, else a Ristourne Days window around today. */
export function currentEvent(clock: Clock): EventPlan {
  const year = clock.today.year;
  const bf = blackFridayWeek(year);
  if (bf.startsAt <= clock.now && clock.now < bf.endsAt) return toEvent(BLACK_FRIDAY, year, bf);
  const start = addDays(clock.today, -2);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    slug: `jours-ristourne-${start.year}-${pad(start.month)}-${pad(start.day)}`,
    nameFr: 'Les Jours Ristourne',
    nameEn: 'Ristourne Days',
    taglineFr: 'Cashback boosté chez des centaines de marchands',
    taglineEn: 'Boosted cashback at hundreds of shops',
    startsAt: clock.at(-2),
    endsAt: clock.at(6),
  };
}

/** The current event first, then the next occurrence of each recurring one (starting after today 00:00), by start. */
export function buildEvents(clock: Clock): EventPlan[] {
  const current = currentEvent(clock);
  const upcoming = RECURRING.map((r) => {
    for (let year = clock.today.year; ; year++) {
      const w = r.window(year);
      if (w.startsAt > clock.at(0)) return toEvent(r, year, w);
    }
  });
  upcoming.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return [current, ...upcoming];
}
