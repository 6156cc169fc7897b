import { describe, expect, it } from 'vitest';
import type { ChannelFacility } from './channel';
import { channelFacility, channelRowOf, realFacility, SAMPLE_RUSSIAN_LETTER } from './fixtures';
import { routeLetter, type RoutingPolicy } from './routing';

const pokrov = realFacility('ФКУ ИК-2 УФСИН России по Владимирской области');
const letter = { russianText: SAMPLE_RUSSIAN_LETTER, replyBlank: true };
const allConnected = channelFacility(pokrov, [
  channelRowOf('fsin_pismo', { priceMinor: 5500 }),
  channelRowOf('zonatelecom', { priceMinor: 4000 }),
  channelRowOf('post'),
]);
const policy: RoutingPolicy = {
  order: ['fsin_pismo', 'zonatelecom', 'post'],
  channels: { post: { pricing: { unitPriceMinor: 9000, replyBlankMinor: 3500 } } },
};

const route = (facility: ChannelFacility, p: RoutingPolicy = policy, country = 'RU') =>
  routeLetter({ country, facility, letter, policy: p });

describe('routeLetter', () => {
  it('chooses the cheapest connected channel, with its cost', () => {
    const decision = route(allConnected);
    // Zonatelecom 40 ₽ (no reply blank price) < ФСИН-Письмо 55 + 55 ₽ < post 90 + 35 ₽.
    expect(decision.choice?.channel).toBe('zonatelecom');
    expect(decision.choice?.estimate).toMatchObject({
      units: 1,
      unitPriceMinor: 4000,
      totalMinor: 4000,
      source: 'facility',
    });
    expect(decision.candidates.map((c) => c.channel)).toEqual(['zonatelecom', 'fsin_pismo', 'post']);
    expect(decision.candidates[1]?.estimate?.totalMinor).toBe(11000);
    expect(decision.candidates[2]?.estimate).toMatchObject({ totalMinor: 12500, source: 'policy' });
    expect(decision.skipped).toEqual([]);
  });

  it('falls back when a channel is not connected or marked unavailable, saying why', () => {
    const facility = channelFacility(pokrov, [
      channelRowOf('fsin_pismo', { priceMinor: 5500 }),
      channelRowOf('zonatelecom', { priceMinor: 4000, available: false }),
    ]);
    const decision = route(facility);
    expect(decision.choice?.channel).toBe('fsin_pismo');
    expect(decision.skipped).toEqual([
      expect.objectContaining({ channel: 'zonatelecom', reason: 'unavailable' }),
    ]);

    const postOnly = route(channelFacility(pokrov, []));
    expect(postOnly.choice?.channel).toBe('post');
    expect(postOnly.skipped.map((s) => [s.channel, s.reason])).toEqual([
      ['fsin_pismo', 'not_connected'],
      ['zonatelecom', 'not_connected'],
    ]);
  });

  it('skips a channel whose monthly budget this letter would exceed', () => {
    const decision = route(allConnected, {
      ...policy,
      channels: {
        ...policy.channels,
        zonatelecom: { monthlyBudgetMinor: 100_000, spentThisMonthMinor: 98_000 },
      },
    });
    expect(decision.choice?.channel).toBe('fsin_pismo');
    expect(decision.skipped).toEqual([
      expect.objectContaining({ channel: 'zonatelecom', reason: 'over_budget' }),
    ]);
    expect(decision.skipped[0]?.detail).toContain('20.00 RUB left');
  });

  it('warns when a budget runs low, counting this letter', () => {
    const decision = route(allConnected, {
      ...policy,
      channels: {
        ...policy.channels,
        zonatelecom: { monthlyBudgetMinor: 100_000, spentThisMonthMinor: 87_000 },
      },
    });
    expect(decision.choice?.channel).toBe('zonatelecom');
    expect(decision.warnings).toEqual([
      expect.objectContaining({ channel: 'zonatelecom', code: 'budget_low', remainingMinor: 9000 }),
    ]);
    const roomy = route(allConnected, {
      ...policy,
      channels: {
        ...policy.channels,
        zonatelecom: { monthlyBudgetMinor: 100_000, spentThisMonthMinor: 80_000 },
      },
    });
    expect(roomy.warnings).toEqual([]);
  });

  it('reaches a Belarusian prisoner by post only', () => {
    const minsk: ChannelFacility = {
      country: 'BY',
      region: 'Minsk',
      shortName: 'Pre-trial detention center No. 1',
      officialName: 'Pre-trial detention center No. 1',
      postcode: '220030',
      // Even a stray row from a bad import must not route a Belarusian letter to ФСИН-Письмо.
      channels: [channelRowOf('fsin_pismo', { priceMinor: 5500 })],
    };
    const decision = route(minsk, policy, 'BY');
    expect(decision.choice?.channel).toBe('post');
    expect(decision.skipped.map((s) => [s.channel, s.reason])).toEqual([
      ['fsin_pismo', 'country'],
      ['zonatelecom', 'country'],
    ]);
  });

  it('follows the order of preference when asked to, and breaks cost ties by it', () => {
    expect(route(allConnected, { ...policy, strategy: 'preference' }).choice?.channel).toBe('fsin_pismo');
    const tie = channelFacility(pokrov, [
      channelRowOf('fsin_pismo', { priceMinor: 4000 }),
      channelRowOf('zonatelecom', { priceMinor: 4000 }),
    ]);
    const noBlank = { ...policy, channels: { fsin_pismo: { pricing: { replyBlankMinor: 0 } } } };
    expect(route(tie, noBlank).choice?.channel).toBe('fsin_pismo');
    expect(route(tie, { ...noBlank, order: ['zonatelecom', 'fsin_pismo'] }).choice?.channel).toBe(
      'zonatelecom',
    );
  });

  it('never uses a channel left out of the policy or turned off', () => {
    const decision = route(allConnected, {
      order: ['fsin_pismo', 'post'],
      channels: { fsin_pismo: { enabled: false }, post: policy.channels?.post ?? {} },
    });
    expect(decision.choice?.channel).toBe('post');
    expect(decision.skipped.map((s) => [s.channel, s.reason])).toEqual([
      ['fsin_pismo', 'disabled'],
      ['zonatelecom', 'not_in_policy'],
    ]);
  });

  it('keeps a channel with no known price, after priced ones, and says so', () => {
    const decision = route(allConnected, { order: ['post', 'fsin_pismo'] });
    expect(decision.choice?.channel).toBe('fsin_pismo');
    expect(decision.candidates.map((c) => [c.channel, c.estimate])).toEqual([
      ['fsin_pismo', expect.objectContaining({ totalMinor: 11000 })],
      ['post', null],
    ]);
    expect(decision.warnings).toEqual([expect.objectContaining({ channel: 'post', code: 'price_unknown' })]);
  });

  it('compares costs in other currencies through the configured rates', () => {
    const euroPost = {
      ...policy,
      channels: { post: { pricing: { unitPriceMinor: 100, replyBlankMinor: 0, currency: 'EUR' } } },
    };
    const facility = channelFacility(pokrov, [channelRowOf('fsin_pismo', { priceMinor: 5500 })]);
    // 1.00 EUR at 95 ₽ is cheaper than 110 ₽ through ФСИН-Письмо.
    expect(route(facility, { ...euroPost, rates: { EUR: 95 } }).choice?.channel).toBe('post');
    const noRate = route(facility, euroPost);
    expect(noRate.choice?.channel).toBe('fsin_pismo');
    expect(noRate.warnings).toEqual([expect.objectContaining({ channel: 'post', code: 'no_rate' })]);
  });

  it('returns no choice when nothing can reach the facility', () => {
    const decision = route({ ...channelFacility(pokrov, []), postcode: null });
    expect(decision.choice).toBeNull();
    expect(decision.skipped.map((s) => s.reason)).toEqual(['not_connected', 'not_connected', 'no_address']);
  });
});
