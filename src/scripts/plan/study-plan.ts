// <study-plan>: what is due today and the way into today's session, the days ahead, the interview
// date. It reads the plan kept on this device (the schedule, and the settings as stored, showing
// only the dates it finds valid); what changes them loads on its first use (plan-controls.ts: the
// date form, the calendar file, and the plan worked out again with FSRS, src/lib/plan/replan.ts,
// when the kept plan no longer holds or the settings change).
import { dayOf, type Day } from '../../lib/day.ts';
import { addDays, daysBetween, isDay } from '../../lib/day-math.ts';
import { longDay } from '../../lib/day-words.ts';
import { PLAN_KEY, PROGRESS_KEY, SCHEDULE_KEY } from '../../lib/kept/keys.ts';
import { onStoredChange } from '../../lib/kept/other-tabs.ts';
import { nextSession } from '../../lib/plan/next-session.ts';
import { scheduleKey } from '../../lib/plan/schedule-basis.ts';
import { dueToday } from '../../lib/plan/schedule.ts';
import { keptSchedule, keptSettings } from '../../lib/plan/kept.ts';
import type { InterviewDate } from '../../lib/plan/settings.ts';
import { loadProgress } from '../../lib/progress.ts';
import { plural } from '../../lib/words.ts';
import { lazyModule } from '../shared/lazy.ts';
import { myStories } from '../stories/stories-loader.ts';
// A build of its own (as lazy.ts explains), not one more module in the list on demand, which every
// feature's code fetches first.
import homeUrl from './home-figures.ts?worker&url';

const homeFigures = () => import(/* @vite-ignore */ homeUrl) as Promise<typeof import('./home-figures.ts')>;

export class StudyPlan extends HTMLElement {
  questions: { id: string; round: string; title: string }[] = JSON.parse(this.dataset['questions']!);
  round = this.dataset['round'];
  progress = loadProgress();
  schedule = keptSchedule.load();
  today = dayOf(new Date());
  /** The settings as stored (plan/kept.ts); until the plan is worked out again, unchecked. */
  settings = keptSettings.load();
  /** How both are kept, for the code that changes them (plan-controls.ts). */
  kept = { settings: keptSettings, schedule: keptSchedule };
  /** This connection's: its listeners end when the block leaves the page. */
  signal!: AbortSignal;
  #connection?: AbortController;
  $ = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
  /** What the page says when there is no date (it differs with and without a form). */
  #noDate = this.$('[data-when]').textContent;

  connectedCallback() {
    const signal = (this.signal = (this.#connection = new AbortController()).signal);
    this.render();
    // The form and the calendar button hand their events to the code that loads with them.
    const controls = (event?: Event) => {
      if (event?.type === 'submit') event.preventDefault();
      if (event?.type !== 'click' || (event.target as Element).closest('[data-calendar], [data-remove]')) void lazyModule('plan-controls').then((module) => module.handle(this, event));
    };
    for (const type of ['click', 'submit']) this.addEventListener(type, controls, { capture: true, signal });
    // A plan kept from other ratings or settings (imported, moved from version 1, changed in another
    // tab, a date damaged) is worked out again; with no ratings and no settings, every question is new.
    const stale = this.stale;
    // Your own stories, where this device holds some, are questions of the plan like any other, in
    // the place of the model answers they replace (as practice deals them).
    const stories = myStories()?.then((module) => {
      this.questions = module.planQuestions(this.questions);
      this.render();
      module.homeStories(document);
    });
    if (stale) addEventListener('load', () => void Promise.resolve(stories).then(() => controls()), { once: true, signal });
    // Another tab rated, or set a date: shown here as it stands (that tab works the plan out again and keeps it).
    onStoredChange(
      [PROGRESS_KEY, SCHEDULE_KEY, PLAN_KEY],
      () => {
        this.read();
        this.render();
      },
      signal,
    );
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }

  /** Whether the kept plan comes from other ratings or settings than those stored; with no ratings and no settings, every question is new. */
  get stale() {
    return this.schedule?.key !== scheduleKey(this.progress, this.settings) && (this.progress.reviews.length > 0 || this.settings !== undefined);
  }

  /** The ratings, the plan as kept and its settings, as stored now. */
  read() {
    Object.assign(this, { progress: loadProgress(), schedule: keptSchedule.load(), settings: keptSettings.load() });
  }

  /** The questions this block counts: its round's, or every one. */
  get ids() {
    return this.questions.filter((question) => !this.round || question.round === this.round).map((question) => question.id);
  }

  /** Its round's interview, or the next of any round; only a date that is a real day. */
  get interview(): InterviewDate | undefined {
    const dates = (Object.values(Object(this.settings?.dates)) as InterviewDate[]).filter((date) => isDay(date?.day));
    const mine = this.round && Object(this.settings?.dates)[this.round];
    return this.round ? (isDay(mine?.day) ? mine : undefined) : dates.sort((a, b) => (a.day < b.day ? -1 : 1)).find((date) => date.day >= this.today);
  }

  render() {
    const { progress, schedule, today, interview } = this;
    const ids = this.ids;
    const due = dueToday(ids, progress, schedule, today);
    const away = interview && daysBetween(today, interview.day);
    const when = interview && `${longDay(interview.day, today)}${typeof interview.time === 'string' ? `, ${interview.time}` : ''}`;
    this.$('[data-when]').textContent = !interview
      ? this.#noDate
      : away! < 0
        ? `Your interview date, ${when}, ${this.phrase('passed')}`
        : `Interview ${['today', 'tomorrow'][away!] ?? `in ${away} days`} · ${when}`;
    // Past the date, the form to set a new one opens.
    if (away! < 0) this.querySelector<HTMLDetailsElement>('.plan-date')!.open = true;
    // A date ahead: its readiness, and its form under "Change the date" (home-figures.ts folds it).
    this.toggleAttribute('data-dated', away! >= 0);
    // What this device knows beyond the plan (the date's form filled in, each answer's recall on the
    // day, the last mock interview), by code loaded for it where a date or a rating is kept (a mock
    // interview's report asks for one): never on a first visit. Looking for the store of interviews
    // here too would take the page over its first-load budget.
    if (this.settings || progress.reviews.length) void homeFigures().then((module) => module.fill(this, lazyModule));

    const start = this.$<HTMLAnchorElement>('[data-start]');
    const next = nextSession(schedule, ids, today);
    this.$('[data-due]').textContent = due.length
      ? `${plural(due.length, 'question')} due today`
      : `Nothing due today${next ? `; next: ${longDay(next.day, today).split(' ')[0]} (${next.count})` : ''}`;
    start.textContent = due.length ? 'Start today’s session' : 'Practise anyway';
    start.search = due.length ? 'today' : '';

    // One cell a day: today (with what is overdue), each day to the interview (or a week), the
    // interview; none before a first rating or a date (the block says what will show there).
    const last: Day | undefined = interview && away! > 0 ? interview.day : undefined;
    const cell = this.querySelector('template')!.content.firstElementChild!;
    this.$('[data-strip]').replaceChildren(
      ...Array.from({ length: last ? away! + 1 : interview || progress.reviews.length ? 7 : 0 }, (_, i) => {
        const day = addDays(today, i);
        const count = i ? ([] as string[]).concat(schedule?.days[day] ?? []).filter((id) => ids.includes(id)).length : due.length;
        const item = cell.cloneNode(true) as HTMLElement;
        const [weekday, date, bar, amount, words] = item.children as unknown as HTMLElement[];
        const long = longDay(day, today);
        weekday!.textContent = long.slice(0, 3);
        date!.textContent = String(Number(day.slice(8)));
        bar!.style.setProperty('--count', String(Math.min(count, 5)));
        amount!.textContent = day === last ? '★' : String(count);
        words!.textContent = `${long}: ${day === last ? 'your interview' : plural(count, 'review')}${i ? '' : ' (today)'}`;
        item.toggleAttribute('data-today', !i);
        item.toggleAttribute('data-interview', day === last);
        return item;
      }),
    );
  }

  /** A sentence the page holds ([data-text]): bytes of HTML cost less than bytes of script. */
  phrase(name: string): string {
    return this.$(`[data-text=${name}]`).textContent!;
  }

}

customElements.define('study-plan', StudyPlan);
