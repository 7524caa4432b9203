import { describe, expect, it } from "vitest";
import { elapsedMs, formatClock, parseTimer, pauseTimer, resumeTimer, startedTimer } from "./timer";

describe("timer", () => {
  it("counts from the start", () => {
    expect(elapsedMs(startedTimer(1_000), 4_500)).toBe(3_500);
  });

  it("stops counting while paused", () => {
    const paused = pauseTimer(startedTimer(0), 10_000);
    expect(elapsedMs(paused, 50_000)).toBe(10_000);
  });

  it("adds the time after a resume", () => {
    const resumed = resumeTimer(pauseTimer(startedTimer(0), 10_000), 20_000);
    expect(elapsedMs(resumed, 25_000)).toBe(15_000);
  });

  it("ignores a pause while paused and a resume while running", () => {
    const paused = pauseTimer(startedTimer(0), 10_000);
    expect(pauseTimer(paused, 30_000)).toBe(paused);
    const running = startedTimer(0);
    expect(resumeTimer(running, 5_000)).toBe(running);
  });

  it("never goes negative when the clock goes back", () => {
    expect(elapsedMs(startedTimer(10_000), 5_000)).toBe(0);
  });
});

describe("parseTimer", () => {
  it("reads a stored timer", () => {
    const timer = pauseTimer(startedTimer(0), 7_000);
    expect(parseTimer(JSON.stringify(timer))).toEqual(timer);
    expect(parseTimer(JSON.stringify(startedTimer(123)))).toEqual({ accumulatedMs: 0, runningSince: 123 });
  });

  it.each([null, "", "not json", "null", "[]", '{"accumulatedMs":-1,"runningSince":null}', '{"accumulatedMs":5,"runningSince":"x"}', '{"runningSince":null}'])(
    "rejects %j",
    (text) => {
      expect(parseTimer(text)).toBeNull();
    },
  );
});

describe("formatClock", () => {
  const cases: [number, string][] = [
    [0, "0:00"],
    [999, "0:00"],
    [61_000, "1:01"],
    [12 * 60_000 + 5_000, "12:05"],
    [3_600_000 + 65_000, "1:01:05"],
    [-5_000, "0:00"],
  ];

  it.each(cases)("formats %i ms as %s", (ms, expected) => {
    expect(formatClock(ms)).toBe(expected);
  });
});
