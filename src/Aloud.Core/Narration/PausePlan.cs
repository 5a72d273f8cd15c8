using Aloud.Audio;
using Aloud.Script;

namespace Aloud.Narration;

/// <summary>
/// Silence lengths by punctuation class, in milliseconds. A question or exclamation gets a little more room
/// than a full stop; paragraphs and sections more again, as a newsreader breathes. <see cref="MaskedGap"/> is the
/// silence where a censored word stood inside a sentence (without a bleep): clearly longer than a comma, so that
/// a listener hears a word was left out. <see cref="LanguageSwitch"/> is the breath where a written sentence goes on
/// in another language, and so in another voice (decision 0014).
/// </summary>
public sealed record PausePlan(
    double LeadIn = 250,
    double Sentence = 420,
    double SentenceEmphatic = 500,
    double Paragraph = 750,
    double Section = 1000,
    double TailOut = 600,
    double Bleep = 320,
    double MaskedGap = 650,
    double LanguageSwitch = 200)
{
    /// <summary>
    /// This plan with a voice's own sentence and paragraph pauses where it sets them (a question keeps its extra
    /// room over a full stop; a section is never shorter than a paragraph).
    /// </summary>
    public PausePlan WithVoiceDefaults(double? sentenceMs, double? paragraphMs)
    {
        var plan = this;
        if (sentenceMs is { } s)
        {
            plan = plan with { Sentence = s, SentenceEmphatic = s + (SentenceEmphatic - Sentence) };
        }
        if (paragraphMs is { } p)
        {
            plan = plan with { Paragraph = p, Section = Math.Max(Section, p) };
        }
        return plan;
    }

    public double After(ScriptSentence sentence) => sentence.PauseAfter switch
    {
        SentencePause.Section => Section,
        SentencePause.Paragraph => Paragraph,
        SentencePause.Bleep => Bleep + (2 * ClipAssembler.BleepMarginMs),
        SentencePause.LanguageSwitch => LanguageSwitch,
        _ => sentence.Terminator is '?' or '!' ? SentenceEmphatic : Sentence,
    };
}
