/** What the writer is told about other people's personal data. */
import type { Messages } from '../../types';

/** Messages of the `third_party` category. */
export const THIRD_PARTY_MESSAGES = {
  personal: {
    en: "Someone's address, phone number or documents. Other people's personal data should not go in a letter the censor reads — nor your own address.",
    ru: 'Чужой адрес, телефон или документы. Личные данные других людей не стоит писать в письме, которое читает цензор, — как и свой адрес.',
    uk: 'Чужа адреса, телефон чи документи. Особисті дані інших людей не варто писати в листі, який читає цензор, — як і свою адресу.',
    de: 'Eine Adresse, Telefonnummer oder Ausweisdaten. Persönliche Daten anderer gehören nicht in einen Brief, den der Zensor liest — deine eigene Adresse auch nicht.',
    fr: "L'adresse, le téléphone ou les papiers de quelqu'un. Les données personnelles d'autrui n'ont pas leur place dans une lettre lue par le censeur — votre adresse non plus.",
    es: 'La dirección, el teléfono o los documentos de alguien. Los datos personales de otros no deben ir en una carta que lee el censor, ni tu dirección.',
    it: "L'indirizzo, il telefono o i documenti di qualcuno. I dati personali altrui non vanno in una lettera letta dal censore, e nemmeno il tuo indirizzo.",
    pl: 'Czyjś adres, telefon lub dokumenty. Dane osobowe innych nie powinny trafiać do listu czytanego przez cenzora — twój adres też nie.',
  },
} satisfies Record<string, Messages>;
