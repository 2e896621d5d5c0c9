/**
 * The ribbon's function commands (校验, 清除标记). They run without the task pane, so this bundle imports only the
 * core and the Excel adapter — no React, no Fluent UI.
 * Excel waits for `event.completed()` and stops a command after 5 minutes: every path calls it, errors included.
 * 校验 then tells the user what came of it in a small dialog (dialog.html, DialogApi 1.1, feature-detected) and
 * shows the 校验结果 sheet; the command completes once the dialog is closed (by the user, by itself, or after
 * DIALOG_TIMEOUT_MS), since completing earlier would take the dialog down with the command's runtime.
 */
import { localeFor, type Locale } from "../i18n";
import { supportsExcelApi } from "../excel/requirements";
import { clearMarksInExcel, runCheckInExcel } from "../excel/run";
import { clearFailureOutcome, clearNoticeOutcome } from "./clearOutcome";
import { checkOutcome, dialogUrl, failureOutcome, type Outcome } from "./outcome";

type CommandEvent = Pick<Office.AddinCommands.Event, "completed">;

/** Longer than the dialog's own auto-close (60 s at most): the command never waits past this for the dialog. */
export const commandSettings = { dialogTimeoutMs: 90_000 };

/** Where dialog.html is served: beside this command page. */
const FALLBACK_BASE = "https://localhost:3000/commands.html";

export async function runCheckCommand(event: CommandEvent): Promise<void> {
  let locale: Locale = "zh-CN";
  let outcome: Outcome;
  try {
    locale = localeFor(Office.context.displayLanguage);
    const result = await excelRun((context) =>
      runCheckInExcel(context, { locale, activateResults: true })
    );
    outcome = checkOutcome(result, locale);
  } catch (error) {
    reportError("校验", error);
    outcome = failureOutcome(error, locale);
  }
  try {
    await showOutcome(outcome, locale);
  } catch (error) {
    reportError("校验 dialog", error);
  } finally {
    event.completed();
  }
}

/** 清除标记: silent when all is cleared; otherwise (it failed, or marks were left) the same dialog as 校验 says so. */
export async function clearMarksCommand(event: CommandEvent): Promise<void> {
  let locale: Locale = "zh-CN";
  let outcome: Outcome | null = null;
  try {
    locale = localeFor(Office.context.displayLanguage);
    const result = await excelRun((context) => clearMarksInExcel(context, { locale }));
    outcome = clearNoticeOutcome(result, locale);
  } catch (error) {
    reportError("清除标记", error);
    outcome = clearFailureOutcome(error, locale);
  }
  try {
    if (outcome) await showOutcome(outcome, locale);
  } catch (error) {
    reportError("清除标记 dialog", error);
  } finally {
    event.completed();
  }
}

/** One Excel.run; on ExcelApi 1.20, one undo step for everything it wrote (`mergeUndoGroup`, feature-detected). */
function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (supportsExcelApi("1.20")) return Excel.run({ mergeUndoGroup: true }, batch);
  return Excel.run(batch);
}

/** Whether this host can show our dialog (DialogApi 1.1). */
export function canShowDialog(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported("DialogApi", "1.1") === true &&
      typeof Office.context.ui?.displayDialogAsync === "function" &&
      Office.EventType !== undefined
    );
  } catch {
    return false;
  }
}

/** Opens the result dialog and resolves once it is closed (or could not be opened). Never rejects. */
export function showOutcome(outcome: Outcome, locale: Locale): Promise<void> {
  if (!canShowDialog()) return Promise.resolve();
  const base = typeof location !== "undefined" && location.href ? location.href : FALLBACK_BASE;
  const url = dialogUrl(base, outcome, locale);
  return new Promise<void>((resolve) => {
    let dialog: Office.Dialog | undefined;
    let done = false;
    const finish = (closeIt: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (closeIt) {
        try {
          dialog?.close();
        } catch {
          // Already gone.
        }
      }
      resolve();
    };
    const timer = setTimeout(() => finish(true), commandSettings.dialogTimeoutMs);
    try {
      Office.context.ui.displayDialogAsync(
        url,
        { height: 32, width: 36, displayInIframe: true },
        (result) => {
          // 12007 (a dialog is open already) and the like: the 校验结果 sheet is shown all the same.
          if (result.status !== Office.AsyncResultStatus.Succeeded) return finish(false);
          dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish(true));
          // 12006: the user closed the window; 12002/12003: the page did not load.
          dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(false));
        }
      );
    } catch (error) {
      reportError("校验 dialog", error);
      finish(false);
    }
  });
}

/** Also logged for support (F12 / the runtime log); the user sees the dialog's plain words. */
function reportError(command: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`分解表校验: ${command} failed: ${detail}`, error);
}

export function registerCommands(): void {
  Office.actions.associate("runCheck", runCheckCommand);
  Office.actions.associate("clearMarks", clearMarksCommand);
}

// Registered at the top level, as soon as the bundle runs (inside Office.onReady a first click can go unanswered:
// office-js #2744, #5176); outside Office (tests importing the handlers) there is no Office global.
if (typeof Office !== "undefined" && Office.actions) registerCommands();
