// What <study-plan> does beyond showing the plan, loaded on its first use: the interview date form
// (kept on Save, emptied on Remove), the calendar file, whose library (ts-ics)
// loads on that click, and the plan worked out again (FSRS, src/lib/plan/replan.ts) with new
// settings or when the kept plan no longer holds.
import { PLAN_VERSION } from '../../lib/kept/keys.ts';
import type { StoredSettings } from '../../lib/plan/kept.ts';
import type { Schedule } from '../../lib/plan/schedule.ts';
import type { InterviewDate, PlanSettings } from '../../lib/plan/settings.ts';
import type { Progress } from '../../lib/progress.ts';
import type { Kept, Shared } from '../../lib/shared-value.ts';

/** What these controls need of <study-plan> (study-plan.ts), stated here so neither module imports the other. */
export interface PlanHost extends HTMLElement {
  round: string | undefined;
  settings: StoredSettings;
  schedule: Schedule | undefined;
  progress: Progress;
  questions: { id: string; round: string; title: string }[];
  /** The questions this block counts: its round's, or every one. */
  readonly ids: string[];
  readonly interview: InterviewDate | undefined;
  /** Whether the kept plan no longer holds (other ratings or settings since it was worked out). */
  readonly stale: boolean;
  /** The block's connection: its listeners end when it leaves the page. */
  readonly signal: AbortSignal;
  /** How the settings and the schedule are kept (plan/kept.ts): the page has them, so this code carries no storage of its own. */
  readonly kept: { settings: Kept<StoredSettings>; schedule: Kept<Schedule | undefined> };
  /** The settings as every tab shares them (shared-value.ts), from this block's first change: made to what is stored now. */
  shared?: Shared<StoredSettings>;
  read(): void;
  render(): void;
  phrase(name: string): string;
  $<T extends HTMLElement = HTMLElement>(selector: string): T;
}

const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement;

/** The block's status line: how a change ended. */
const say = (plan: PlanHost, message: string) => (plan.$('[data-status]').textContent = message);

/**
 * Works the plan out again, after `edit` (made to the settings stored now: another tab may have set
 * another round's date since this page loaded, and one that crosses this change is given it too),
 * or from the stored settings; says `done`, that it cannot be kept, or that a date could not be read.
 */
async function change(plan: PlanHost, edit?: (settings: StoredSettings) => StoredSettings, done = '') {
  const [{ replan, cleanSettings }, { shareValue }] = await Promise.all([import('../../lib/plan/replan.ts'), import('../../lib/shared-value.ts')]);
  const settings = (plan.shared ??= shareValue(
    plan.kept.settings,
    // Another tab's settings, or this change made again to them: the plan as it now stands, worked
    // out again if it no longer holds (this page's own change is shown below, once worked out).
    (_, elsewhere) => elsewhere && (plan.read(), plan.stale ? void change(plan) : plan.render()),
    plan.signal,
  ));
  // From what is stored now, never from what this page read when it loaded.
  plan.read();
  const saved = !edit || settings.change(edit);
  const replanned = replan({ progress: plan.progress, settings: settings.value, questions: plan.questions });
  // What could not be read is dropped from what is stored too (and said).
  if (replanned.dropped.length) settings.change(cleanSettings);
  const kept = plan.kept.schedule.save(replanned.schedule);
  plan.settings = replanned.settings;
  plan.schedule = replanned.schedule;
  plan.render();
  say(plan, replanned.dropped.length ? plan.phrase('dropped') : saved && kept ? done : plan.phrase('full'));
}

/**
 * A round's date set (or, `date` undefined, removed), and the recall to aim for: made to whatever
 * settings are stored, in the form they are stored in (plan/kept.ts), so that the plan's key is
 * the key of what is stored.
 */
const setDate =
  (round: string, date: InterviewDate | undefined, retention?: number) =>
  (stored: StoredSettings): StoredSettings => {
    const { [round]: _old, ...dates } = Object(stored?.dates) as Record<string, InterviewDate>;
    return { ...stored, version: PLAN_VERSION, dates: date ? { ...dates, [round]: date } : dates, ...(retention && { retention }) };
  };

export async function handle(plan: PlanHost, event?: Event): Promise<void> {
  if (!event) return change(plan);
  const form = plan.querySelector<HTMLFormElement>('[data-date-form]');
  const round = plan.round!;
  const target = event.target as Element;
  const remove = plan.$('[data-remove]');
  // The form shows what is stored from the start where anything is (home-figures.ts fills it in).
  if (event.type === 'submit' && form) {
    const time = field(form, 'time').value;
    await change(plan, setDate(round, { day: field(form, 'day').value, ...(time && { time }) }, Number(field(form, 'retention').value)), plan.phrase('saved'));
    remove.hidden = false;
  } else if (target.closest('[data-remove]') && form) {
    form.reset();
    field(form, 'day').defaultValue = field(form, 'time').defaultValue = '';
    remove.hidden = true;
    await change(plan, setDate(round, undefined), plan.phrase('removed'));
  } else if (target.closest('[data-calendar]')) {
    // The plan worked out now, from the settings read field by field: what the file holds is current.
    await change(plan);
    const { calendarText } = await import('../../lib/plan/calendar.ts');
    const text = calendarText({
      schedule: plan.schedule!,
      settings: plan.settings as PlanSettings,
      titles: Object.fromEntries(plan.questions.map((question) => [question.id, question.title])),
      rounds: JSON.parse(plan.dataset['rounds']!),
      site: plan.dataset['site']!,
      practice: new URL(`${plan.dataset['practice']}?today`, location.href).href,
      now: new Date(),
    });
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([text], { type: 'text/calendar' })), download: 'study-plan.ics' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    say(plan, plan.phrase('calendar'));
  }
}
