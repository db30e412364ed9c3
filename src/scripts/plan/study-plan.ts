// <study-plan>: what is due today and the way into today's session, the days ahead, the interview
// date. It reads the plan kept on this device (the schedule, and the settings as stored, showing
// only the dates it finds valid); FSRS loads to work the plan out again (src/lib/plan/replan.ts)
// when the kept plan no longer holds or the settings change, and the date form and the calendar
// file load on their first use (plan-controls.ts).
import { dayOf, type Day } from '../../lib/day.ts';
import { addDays, daysBetween, isDay } from '../../lib/day-math.ts';
import { longDay } from '../../lib/day-words.ts';
import { parseJson } from '../../lib/json.ts';
import { nextSession } from '../../lib/plan/next-session.ts';
import { HORIZON, scheduleKey } from '../../lib/plan/schedule-basis.ts';
import { dueToday } from '../../lib/plan/schedule.ts';
import { loadSchedule, saveSchedule } from '../../lib/plan/schedule-store.ts';
import type { InterviewDate, PlanSettings } from '../../lib/plan/settings.ts';
import { PLAN_KEY } from '../../lib/preferences.ts';
import { loadProgress } from '../../lib/progress.ts';
import { readItem, writeItem } from '../../lib/storage.ts';
import { plural } from '../../lib/words.ts';
import { lazyModule } from '../shared/lazy.ts';
import { myStories } from '../stories/stories-loader.ts';

export class StudyPlan extends HTMLElement {
  questions: { id: string; round: string; title: string }[] = JSON.parse(this.dataset['questions']!);
  round = this.dataset['round'];
  progress = loadProgress();
  schedule = loadSchedule();
  today = dayOf(new Date());
  /** The settings as stored; until the plan is worked out again, unchecked. */
  stored = readItem(PLAN_KEY);
  settings = Object(parseJson(this.stored)) as Partial<PlanSettings>;
  $ = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
  /** What the page says when there is no date (it differs with and without a form). */
  #noDate = this.$('[data-when]').textContent;

  connectedCallback() {
    this.#render();
    // The form and the calendar button hand their events to the code that loads with them.
    const controls = (event: Event) => {
      if (event.type === 'submit') event.preventDefault();
      if (event.type !== 'click' || (event.target as Element).closest('[data-calendar], [data-remove]')) void lazyModule('plan-controls').then((module) => module.handle(this, event));
    };
    for (const type of ['click', 'submit', 'toggle']) this.addEventListener(type, controls, true);
    // A plan kept from other ratings or settings (imported, moved from version 1, changed in another
    // tab, a date damaged) is worked out again; with no ratings and no settings, every question is new.
    const stale = this.schedule?.key !== scheduleKey(this.progress, this.stored) && (this.progress.reviews.length > 0 || this.stored !== null);
    // Your own stories, where this device holds some, are questions of the plan like any other, in
    // the place of the model answers they replace (as practice deals them).
    const stories = myStories()?.then((module) => {
      this.questions = module.planQuestions(this.questions);
      this.#render();
    });
    if (stale) addEventListener('load', () => void Promise.resolve(stories).then(() => this.change()), { once: true });
    // Another tab rated, or set a date: shown here as it stands (that tab works the plan out again and keeps it).
    addEventListener('storage', () => {
      this.read();
      this.#render();
    });
  }

  /** The ratings, the plan as kept and its settings, as stored now. */
  read() {
    Object.assign(this, { progress: loadProgress(), schedule: loadSchedule(), stored: readItem(PLAN_KEY) });
    this.settings = Object(parseJson(this.stored));
  }

  /**
   * Works the plan out again, from new settings (which are kept) or the stored ones; says `done`,
   * that it cannot be kept, or that a date could not be read.
   */
  async change(settings?: PlanSettings, done = '') {
    // From what is stored now, never from what this page read when it loaded.
    this.read();
    const text = settings ? JSON.stringify(settings) : this.stored;
    const replanned = (await lazyModule('replan')).replan({ progress: this.progress, text, value: parseJson(text), questions: this.questions });
    const saved = replanned.text === this.stored || writeItem(PLAN_KEY, replanned.text!);
    const kept = saveSchedule(replanned.schedule);
    Object.assign(this, { stored: replanned.text, settings: replanned.settings, schedule: replanned.schedule });
    this.#render();
    this.say(replanned.dropped.length ? this.phrase('dropped') : saved && kept ? done : this.phrase('full'));
  }

  /** The questions this block counts: its round's, or every one. */
  get ids() {
    return this.questions.filter((question) => !this.round || question.round === this.round).map((question) => question.id);
  }

  /** Its round's interview, or the next of any round; only a date that is a real day. */
  get interview(): InterviewDate | undefined {
    const dates = (Object.values(Object(this.settings.dates)) as InterviewDate[]).filter((date) => isDay(date?.day));
    const mine = this.round && Object(this.settings.dates)[this.round];
    return this.round ? (isDay(mine?.day) ? mine : undefined) : dates.sort((a, b) => (a.day < b.day ? -1 : 1)).find((date) => date.day >= this.today);
  }

  #render() {
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
    if (away! < 0) this.querySelector('details')!.open = true;

    const start = this.$<HTMLAnchorElement>('[data-start]');
    const next = nextSession(schedule, ids, today);
    this.$('[data-due]').textContent = due.length
      ? `${plural(due.length, 'question')} due today`
      : `Nothing due today${next ? `; next: ${longDay(next.day, today).split(' ')[0]} (${next.count})` : ''}`;
    start.textContent = due.length ? 'Start today’s session' : 'Practise anyway';
    start.search = due.length ? 'today' : '';

    // One cell a day: today (with what is overdue), each day to the interview (or two weeks), the interview.
    const last: Day | undefined = interview && away! > 0 ? interview.day : undefined;
    const cell = this.querySelector('template')!.content.firstElementChild!;
    this.$('[data-strip]').replaceChildren(
      ...Array.from({ length: last ? away! + 1 : HORIZON }, (_, i) => {
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

  say(message: string) {
    this.$('[data-status]').textContent = message;
  }
}

customElements.define('study-plan', StudyPlan);
