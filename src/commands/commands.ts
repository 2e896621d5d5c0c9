/**
 * The ribbon's function commands (校验, 清除标记). They run without the task pane, so this bundle imports only the
 * core and the Excel adapter — no React, no Fluent UI.
 * Excel waits for `event.completed()` and stops a command after 5 minutes: every path calls it, errors included.
 */
import { localeFor } from "../core/messages";
import { clearMarksInExcel, runCheckInExcel } from "../excel/run";

type CommandEvent = Pick<Office.AddinCommands.Event, "completed">;

export async function runCheckCommand(event: CommandEvent): Promise<void> {
  try {
    const locale = localeFor(Office.context.displayLanguage);
    await Excel.run((context) => runCheckInExcel(context, { locale, activateResults: true }));
  } catch (error) {
    reportError("校验", error);
  } finally {
    event.completed();
  }
}

export async function clearMarksCommand(event: CommandEvent): Promise<void> {
  try {
    await Excel.run((context) => clearMarksInExcel(context));
  } catch (error) {
    reportError("清除标记", error);
  } finally {
    event.completed();
  }
}

/** A function command has no UI of its own; the error goes to the console (F12 / the runtime log). */
function reportError(command: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`分解表校验: ${command} failed: ${detail}`, error);
}

export function registerCommands(): void {
  Office.actions.associate("runCheck", runCheckCommand);
  Office.actions.associate("clearMarks", clearMarksCommand);
}

// Loaded by commands.html inside Office; outside Office (tests importing the handlers) there is no Office global.
if (typeof Office !== "undefined") Office.onReady(() => registerCommands());
