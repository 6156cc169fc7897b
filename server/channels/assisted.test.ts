import { describe, expect, it } from 'vitest';
import {
  channelFacility,
  channelLetter,
  channelRowOf,
  realFacility,
  SAMPLE_RUSSIAN_LETTER,
} from './fixtures';
import { createFsinPismoChannel } from './fsin-pismo';
import { createZonatelecomChannel } from './zonatelecom';

const kresty = realFacility('ФКУ СИЗО-1 УФСИН России по г. Санкт-Петербургу и Ленинградской области');

describe('ФСИН-Письмо card', () => {
  const channel = createFsinPismoChannel();
  const facility = channelFacility(kresty, [
    channelRowOf('fsin_pismo', {
      serviceName: 'СИЗО-1 Кресты',
      serviceRegion: 'г. Санкт-Петербург и Ленинградская обл.',
    }),
  ]);

  it('holds exactly what the service form asks for, named as the service names it', () => {
    const card = channel.prepareCard(channelLetter(facility, SAMPLE_RUSSIAN_LETTER));
    expect(card).toMatchObject({
      channel: 'fsin_pismo',
      refCode: 'LB-4F7K2Q',
      region: 'г. Санкт-Петербург и Ленинградская обл.',
      facility: 'СИЗО-1 Кресты',
      recipient: {
        surname: 'Иванов',
        givenName: 'Иван',
        patronymic: 'Иванович',
        birthYear: 1990,
        fullName: 'Иванов Иван Иванович',
      },
      units: [SAMPLE_RUSSIAN_LETTER],
      unitChars: 2500,
      replyBlank: true,
      price: {
        units: 1,
        unitPriceMinor: 5500,
        extrasMinor: 5500,
        totalMinor: 11000,
        currency: 'RUB',
        source: 'default',
      },
      warnings: [],
    });
  });

  it('splits a long text into paid pages and prices each', () => {
    const long = [SAMPLE_RUSSIAN_LETTER, SAMPLE_RUSSIAN_LETTER].join('\n\n');
    const card = createFsinPismoChannel({ unitChars: 2000, unitPriceMinor: 6000 }).prepareCard(
      channelLetter(facility, long, { replyBlank: false }),
    );
    expect(card.units).toHaveLength(2);
    expect(card.price).toMatchObject({
      units: 2,
      unitPriceMinor: 6000,
      extrasMinor: 0,
      totalMinor: 12000,
      source: 'policy',
    });
  });

  it('warns the dispatcher about what must be checked by hand', () => {
    const bare = channelFacility(kresty, [channelRowOf('fsin_pismo')]);
    const card = channel.prepareCard(
      channelLetter(bare, SAMPLE_RUSSIAN_LETTER, {
        recipient: { surname: 'Иванов', givenName: 'Иван', patronymic: '', birthYear: null },
      }),
    );
    expect(card.facility).toBe('СИЗО-1');
    expect(card.region).toBe(kresty.region);
    expect(card.recipient.fullName).toBe('Иванов Иван');
    expect(card.warnings).toHaveLength(4);
  });

  it('reaches only connected Russian facilities', () => {
    expect(channel.supports(facility)).toEqual({ supported: true });
    expect(channel.supports({ ...facility, channels: [] })).toMatchObject({
      supported: false,
      reason: 'not_connected',
    });
    expect(channel.supports({ ...facility, country: 'BY' })).toMatchObject({
      supported: false,
      reason: 'country',
    });
  });
});

describe('Zonatelecom card', () => {
  it('takes its price from the facility row and has none without it', () => {
    const channel = createZonatelecomChannel();
    const priced = channelFacility(kresty, [
      channelRowOf('zonatelecom', { priceMinor: 3500, serviceName: 'СИЗО № 1' }),
    ]);
    expect(channel.estimateCost(channelLetter(priced, SAMPLE_RUSSIAN_LETTER))).toMatchObject({
      totalMinor: 3500,
      source: 'facility',
    });
    const unpriced = channelFacility(kresty, [channelRowOf('zonatelecom')]);
    const card = channel.prepareCard(channelLetter(unpriced, SAMPLE_RUSSIAN_LETTER));
    expect(card.price).toBeNull();
    expect(card.warnings.some((w) => w.includes('No price'))).toBe(true);
  });
});
