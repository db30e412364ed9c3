// What <study-plan> does after a click: the interview date form (filled when it opens, kept on
// Save, emptied on Remove) and the calendar file, whose library (ts-ics) loads on that click.
import type { Schedule } from '../../lib/plan/schedule.ts';
import type { InterviewDate, PlanSettings } from '../../lib/plan/settings.ts';

/** What these controls need of <study-plan> (elements/study-plan.ts), stated here so neither module imports the other. */
export interface PlanHost extends HTMLElement {
  round: string | undefined;
  settings: Partial<PlanSettings>;
  schedule: Schedule | undefined;
  questions: { id: string; title: string }[];
  readonly interview: InterviewDate | undefined;
  read(): void;
  change(settings?: PlanSettings, message?: string): Promise<void>;
  phrase(name: string): string;
  say(message: string): void;
  $<T extends HTMLElement = HTMLElement>(selector: string): T;
}

const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement;

/**
 * The settings as stored now (another tab may have set another round's date since this page
 * loaded), to change one round's date: with a dates object whatever was stored (the retention is the form's).
 */
const current = (plan: PlanHost): PlanSettings => {
  plan.read();
  return { retention: 0, ...structuredClone(plan.settings), dates: { ...Object(plan.settings.dates) } };
};

export async function handle(plan: PlanHost, event: Event): Promise<void> {
  const form = plan.querySelector<HTMLFormElement>('[data-date-form]');
  const round = plan.round!;
  const target = event.target as Element;
  const remove = plan.$('[data-remove]');
  if (event.type === 'toggle' && form) {
    // Defaults, not values: whatever was typed before this loaded stays.
    const date = plan.interview;
    field(form, 'day').defaultValue = date?.day ?? '';
    field(form, 'time').defaultValue = date?.time ?? '';
    // The page marks the default recall as selected; a stored one, when there is one, replaces it.
    const retention = plan.settings.retention;
    if (retention) for (const option of (field(form, 'retention') as unknown as HTMLSelectElement).options) option.defaultSelected = Number(option.value) === retention;
    remove.hidden = !date;
  } else if (event.type === 'submit' && form) {
    const settings = current(plan);
    const time = field(form, 'time').value;
    settings.dates[round] = { day: field(form, 'day').value, ...(time && { time }) };
    settings.retention = Number(field(form, 'retention').value);
    await plan.change(settings, plan.phrase('saved'));
    remove.hidden = false;
  } else if (target.closest('[data-remove]') && form) {
    const settings = current(plan);
    delete settings.dates[round];
    form.reset();
    field(form, 'day').defaultValue = field(form, 'time').defaultValue = '';
    remove.hidden = true;
    await plan.change(settings, plan.phrase('removed'));
  } else if (target.closest('[data-calendar]')) {
    // The plan worked out now, from the settings read field by field: what the file holds is current.
    await plan.change();
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
    plan.say(plan.phrase('calendar'));
  }
}
