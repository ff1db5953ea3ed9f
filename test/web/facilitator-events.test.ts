import { describe, expect, it } from '@jest/globals';
import { fixtureRubric } from '../interview/fixture-rubric.js';
import { EventStreamClient } from './event-stream-client.js';
import { Browser, copyAssessment, newAssessment, send, workshops } from './serve-client.js';

const rubric = await fixtureRubric();
const workshop = workshops();

async function room(limits = {}) {
  const blank = newAssessment(rubric, 'gret-events-');
  const files = ['red', 'blue', 'green'].map((g) => copyAssessment(blank, 'gret-events-', `${g}.yaml`));
  const { server, links } = await workshop(rubric, files, { facilitator: true, limits });
  const [red, blue, green, facilitator] = await Promise.all([...links, server.facilitatorLink ?? ''].map((link) => Browser.join(link)));
  if (red === undefined || blue === undefined || green === undefined || facilitator === undefined) throw new Error('a browser did not join');
  const cookie = (browser: Browser): Record<string, string> => ({ Cookie: browser.cookie });
  return { server, red, blue, green, facilitator, cookie };
}

interface WorkshopEvent {
  readonly progress: string;
  readonly ranking: string;
}

const parsed = (data: string): WorkshopEvent => JSON.parse(data) as WorkshopEvent;

describe("the facilitator's event stream", () => {
  it('is the facilitator\'s alone: a group\'s cookie, no cookie and a post are refused with nothing in the answer', async () => {
    const { server, red, facilitator, cookie } = await room();
    for (const headers of [cookie(red), {}, { Cookie: `gret-${new URL(server.origin).port}=forged` }]) {
      const refused = await send(server.origin, 'GET', '/events', headers);
      expect([refused.status, refused.body]).toEqual([403, '']);
    }
    const posted = await send(server.origin, 'POST', '/events', { ...cookie(facilitator), 'Content-Length': '0' });
    expect(posted.status).toBe(403);
  });

  it('sends how long to wait before opening again, the state at once, then a new state after each save, from the save itself', async () => {
    const { server, red, blue, facilitator, cookie } = await room();
    const stream = await EventStreamClient.open(server.origin, '/events', cookie(facilitator));
    expect([stream.response.statusCode, stream.response.headers['content-type'], stream.response.headers['cache-control']]).toEqual([200, 'text/event-stream; charset=utf-8', 'no-store']);
    expect(stream.response.headers['x-content-type-options']).toBe('nosniff');
    const first = await stream.next();
    expect(stream.retry).toBe(3000);
    expect(first.event).toBe('workshop');
    expect(parsed(first.data).ranking).toContain('No disagreement yet');
    expect(parsed(first.data).progress).toContain('<th scope="row">red</th>');

    expect((await red.submit('/i/strategy', [['choice', '=0']])).status).toBe(303);
    const afterRed = parsed((await stream.next()).data);
    expect(afterRed.progress).toMatch(/<th scope="row">red<\/th><td><p class="progress"><progress value="1"/);
    expect((await blue.submit('/i/strategy', [['choice', '=4']])).status).toBe(303);
    const afterBlue = parsed((await stream.next()).data);
    // Ranked as aggregate --workshop ranks it, with its figures (green has no answer yet, which counts as level 0 there too).
    expect(afterBlue.ranking).toMatch(/^<ol class="disagreements"><li data-indicator="strategy"><strong>Digital strategy names gender goals<\/strong> <span class="hint">\(standard deviation 1\.9, 4 levels apart\)<\/span>/);
    stream.stop();
  });

  it('keeps a quiet stream alive with a comment, ends every stream when the server stops, and refuses one stream too many', async () => {
    const { server, facilitator, cookie } = await room({ eventStreams: 2, heartbeatMs: 40 });
    const streams = [await EventStreamClient.open(server.origin, '/events', cookie(facilitator)), await EventStreamClient.open(server.origin, '/events', cookie(facilitator))];
    expect(await streams[0]?.nextComment()).toBe('still here');
    const third = await send(server.origin, 'GET', '/events', cookie(facilitator));
    expect([third.status, third.body]).toEqual([503, '']);
    // A stream closed by its page makes room for another.
    streams[1]?.stop();
    let reopened: EventStreamClient | undefined;
    while (reopened === undefined) {
      const attempt = await EventStreamClient.open(server.origin, '/events', cookie(facilitator));
      if (attempt.response.statusCode === 200) reopened = attempt;
      else await attempt.ended();
    }
    await server.stop();
    await Promise.all([streams[0]?.ended(), reopened.ended()]);
  });
});
