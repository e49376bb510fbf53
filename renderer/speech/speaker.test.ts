import { describe, expect, it } from 'vitest';
import { Speaker } from './speaker.svelte.ts';
import { speechSegments } from './speech-segments.ts';
import { FakeSpeechSynthesis, FakeUtterance, fakeTaps, fakeVoice } from './test-support/fake-speech.ts';
import { voiceFor, voicesFor } from './voice-choice.ts';

const machineVoices = [
  fakeVoice('Amélie', 'fr-CA'),
  fakeVoice('Hortense', 'fr-FR'),
  fakeVoice('Google français', 'fr-FR', { localService: false }),
  fakeVoice('Hazel', 'en-GB'),
  fakeVoice('Maged', 'ar-SA'),
  fakeVoice('Luciana', 'pt-BR'),
  fakeVoice('Joana', 'pt-PT'),
  fakeVoice('Sin-ji', 'zh-HK'),
  fakeVoice('Mei-Jia', 'zh-TW'),
  fakeVoice('Ting-Ting', 'zh_CN'),
];

function setUp(voices = machineVoices) {
  const synthesis = new FakeSpeechSynthesis(voices);
  const taps = fakeTaps();
  const speaker = new Speaker(synthesis, (text) => new FakeUtterance(text), taps.source);
  return { synthesis, taps, speaker };
}

describe('choosing a voice', () => {
  it('takes a voice of the language, installed on the machine, of the region the texts are written for', () => {
    expect(voiceFor(machineVoices, 'fr')?.name).toBe('Hortense');
    expect(voiceFor(machineVoices, 'pt')?.name).toBe('Joana');
    expect(voiceFor(machineVoices, 'ar')?.name).toBe('Maged');
    expect(voiceFor(machineVoices, 'en')?.name).toBe('Hazel');
  });

  it('reads simplified Chinese in Mandarin, preferring mainland voices, never a Cantonese one', () => {
    expect(voiceFor(machineVoices, 'zh-Hans')?.name).toBe('Ting-Ting');
    expect(voicesFor(machineVoices, 'zh-Hans').map((voice) => voice.name)).toEqual(['Ting-Ting', 'Mei-Jia']);
    expect(voiceFor([fakeVoice('Sin-ji', 'zh-HK'), fakeVoice('Cantonais', 'yue-Hant-HK')], 'zh-Hans')).toBeUndefined();
    expect(voiceFor([fakeVoice('Mandarin', 'cmn-Hans-CN')], 'zh-Hans')?.name).toBe('Mandarin');
  });

  it('prefers an installed voice to a network one, whatever its region', () => {
    const voices = [fakeVoice('Google français', 'fr-FR', { localService: false }), fakeVoice('Amélie', 'fr-CA')];
    expect(voiceFor(voices, 'fr')?.name).toBe('Amélie');
  });

  it('finds no voice for a language the machine does not speak', () => {
    expect(voiceFor(machineVoices, 'tr')).toBeUndefined();
    expect(voicesFor(machineVoices, 'sq')).toEqual([]);
  });
});

describe('cutting a text for the voices', () => {
  it('reads each French label in « » apart, in French, without its quotation marks', () => {
    expect(speechSegments(['On EduConnect, choose « Représentant légal » (legal guardian).'], 'en')).toEqual([
      { text: 'On EduConnect, choose', language: 'en' },
      { text: 'Représentant légal', language: 'fr' },
      { text: '(legal guardian).', language: 'en' },
    ]);
  });

  it('joins texts of one language and keeps a French text whole', () => {
    expect(speechSegments(['Qui êtes-vous ?', 'Choisissez « Représentant légal ».'], 'fr')).toEqual([
      { text: 'Qui êtes-vous ? Choisissez Représentant légal .', language: 'fr' },
    ]);
    expect(speechSegments(['Who are you?', 'Touch « Suivant »', '« Valider »'], 'en')).toEqual([
      { text: 'Who are you? Touch', language: 'en' },
      { text: 'Suivant Valider', language: 'fr' },
    ]);
  });

  it('drops what is only punctuation or space, and the line-break marks of addresses', () => {
    expect(speechSegments(['اختاروا « Représentant légal ».', 'ent.\u200Bauvergnerhonealpes.\u200Bfr'], 'ar')).toEqual([
      { text: 'اختاروا', language: 'ar' },
      { text: 'Représentant légal', language: 'fr' },
      { text: 'ent.auvergnerhonealpes.fr', language: 'ar' },
    ]);
  });
});

describe('reading aloud', () => {
  it('reads in the visitor’s language and the French labels with a French voice, one utterance each', () => {
    const { synthesis, speaker } = setUp();
    const button = {};
    expect(speaker.read(button, ['اختاروا « Représentant légal » (المسؤول القانوني).'], 'ar')).toBe(true);
    expect(synthesis.spoken).toEqual([
      { text: 'اختاروا', voice: 'Maged', lang: 'ar-SA' },
      { text: 'Représentant légal', voice: 'Hortense', lang: 'fr-FR' },
      { text: '(المسؤول القانوني).', voice: 'Maged', lang: 'ar-SA' },
    ]);
    expect(speaker.reading).toBe(button);
    synthesis.finishCurrent();
    synthesis.finishCurrent();
    expect(speaker.reading).toBe(button);
    synthesis.finishCurrent();
    expect(speaker.reading).toBeUndefined();
  });

  it('reads French labels with the visitor’s voice when the machine has no French voice', () => {
    const { synthesis, speaker } = setUp([fakeVoice('Hazel', 'en-GB')]);
    speaker.read({}, ['Touch « Suivant ».'], 'en');
    expect(synthesis.spoken.map((utterance) => utterance.voice)).toEqual(['Hazel', 'Hazel']);
  });

  it('offers nothing, and says nothing, in a language the machine has no voice for', () => {
    const { synthesis, speaker } = setUp();
    expect(speaker.canSpeak('tr')).toBe(false);
    expect(speaker.read({}, ['Siz kimsiniz?'], 'tr')).toBe(false);
    expect(synthesis.spoken).toEqual([]);
    expect(speaker.reading).toBeUndefined();
  });

  it('offers a language once the system reports its voices late, as Chromium does', () => {
    const { synthesis, speaker } = setUp([]);
    expect(speaker.canSpeak('fr')).toBe(false);
    synthesis.installVoices([fakeVoice('Hortense', 'fr-FR')]);
    expect(speaker.canSpeak('fr')).toBe(true);
    expect(speaker.voicesFor('fr').map((voice) => voice.name)).toEqual(['Hortense']);
  });

  it('stops on the next tap anywhere, and the tap on « Écouter » itself does not start again', () => {
    const { synthesis, taps, speaker } = setUp();
    const button = {};
    speaker.read(button, ['Qui êtes-vous ?'], 'fr');
    taps.tap();
    expect(speaker.reading).toBeUndefined();
    expect(synthesis.speaking).toBe(false);
    expect(synthesis.cancels).toBe(1);
    // The click of that same tap reaches the button: it must not read again.
    expect(speaker.read(button, ['Qui êtes-vous ?'], 'fr')).toBe(false);
    expect(synthesis.spoken).toHaveLength(1);
    // A later tap on it reads again.
    taps.tap();
    expect(speaker.read(button, ['Qui êtes-vous ?'], 'fr')).toBe(true);
    expect(synthesis.spoken).toHaveLength(2);
  });

  it('a tap on another « Écouter » stops the first reading and starts the other', () => {
    const { synthesis, taps, speaker } = setUp();
    const [first, second] = [{}, {}];
    speaker.read(first, ['Qui êtes-vous ?'], 'fr');
    taps.tap();
    expect(speaker.read(second, ['Votre récapitulatif'], 'fr')).toBe(true);
    expect(speaker.reading).toBe(second);
    expect(synthesis.spoken.map((utterance) => utterance.text)).toEqual(['Qui êtes-vous ?', 'Votre récapitulatif']);
  });

  it('stops on a new screen (the screen’s own reading only) and at the end of the visit', () => {
    const { synthesis, speaker } = setUp();
    const [guideScreen, otherScreen] = [{}, {}];
    speaker.read(guideScreen, ['Qui êtes-vous ?'], 'fr');
    speaker.stop(otherScreen);
    expect(speaker.reading).toBe(guideScreen);
    speaker.stop(guideScreen);
    expect(speaker.reading).toBeUndefined();
    expect(synthesis.speaking).toBe(false);
    speaker.read(otherScreen, ['Votre récapitulatif'], 'fr');
    speaker.stop();
    expect(speaker.reading).toBeUndefined();
    expect(synthesis.cancels).toBe(2);
  });

  it('does not take the late errors of a cancelled reading for the end of the new one', () => {
    const { synthesis, speaker } = setUp();
    const [first, second] = [{}, {}];
    speaker.read(first, ['One.', 'Touch « Suivant ».'], 'en');
    speaker.read(second, ['Three.'], 'en');
    synthesis.deliverCancelErrors();
    expect(speaker.reading).toBe(second);
    synthesis.finishAll();
    expect(speaker.reading).toBeUndefined();
  });

  it('ends a reading the engine fails to speak', () => {
    const { synthesis, speaker } = setUp();
    speaker.read({}, ['Qui êtes-vous ?'], 'fr');
    synthesis.cancel();
    synthesis.deliverCancelErrors();
    expect(speaker.reading).toBeUndefined();
  });

  it('stops listening to the system and to taps when disposed', () => {
    const { synthesis, taps, speaker } = setUp();
    speaker.read({}, ['Qui êtes-vous ?'], 'fr');
    speaker.dispose();
    expect(synthesis.speaking).toBe(false);
    expect(synthesis.voiceListeners).toBe(0);
    expect(taps.listeners()).toBe(0);
  });
});
