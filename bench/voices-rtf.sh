#!/usr/bin/env bash
# Real-time factor of a neural voice on CPU with 1 and 2 ONNX threads, against Flite rms in the same run.
#   bench/voices-rtf.sh                      a tiny generated model (Piper's signature, 256 samples per id): Aloud's overhead only
#   bench/voices-rtf.sh --tiny-kokoro        the same with a tiny model of Kokoro's signature (256 samples per token)
#   bench/voices-rtf.sh piper:NAME [N]       an installed voice (aloud voices install ...), N sentences (default 40)
#   bench/voices-rtf.sh kokoro:NAME [N]      an installed Kokoro voice
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
voice=${1:-}
count=${2:-40}
if [ "$voice" = --tiny-kokoro ]; then
  /usr/bin/python3 -c 'import onnx' 2>/dev/null || { echo "the tiny model needs Debian's python3-onnx (scripts/install-packages.sh --test)" >&2; exit 1; }
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  export ALOUD_VOICES="$tmp/catalogue"
  /usr/bin/python3 "$root/tests/Aloud.Core.Tests/Speech/Piper/tiny_voices.py" "$tmp/models" 120 >/dev/null
  mkdir -p "$tmp/kokoro" && cp "$tmp/models/kokoro-wave.onnx" "$tmp/kokoro/tiny.onnx" && cp "$tmp/models/voices.npz" "$tmp/kokoro/voices.npz"
  # Kokoro's vocabulary: the IPA eSpeak's English uses, id = position + 1 (0 is the pad).
  /usr/bin/python3 - "$tmp/kokoro/config.json" <<'PY'
import json, sys
symbols = [' ', ',', ';', '.', '?', '!', "'", '-'] + list('abcdefghijklmnopqrstuvwxyz') \
    + list('æçðøŋœɐɑɒɔɕəɚɛɜɝɞɟɡɣɤɪɫɬɭɯɲɹɾʁʃʊʋʌʍʎʒʔʲˈˌːˑθχᵻ') + ['\u0303', '\u0329', '\u032a', '\u02b0']
json.dump({'vocab': {s: i + 1 for i, s in enumerate(symbols)}}, open(sys.argv[1], 'w'))
PY
  "$root/aloud" voices install "$tmp/kokoro" >/dev/null 2>&1
  voice=kokoro:af_tiny
elif [ -z "$voice" ]; then
  /usr/bin/python3 -c 'import onnx' 2>/dev/null || { echo "the tiny model needs Debian's python3-onnx (scripts/install-packages.sh --test)" >&2; exit 1; }
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  export ALOUD_VOICES="$tmp/catalogue"
  # The tests' model generator; the config maps the symbols eSpeak's English IPA uses, id = position.
  /usr/bin/python3 "$root/tests/Aloud.Core.Tests/Speech/Piper/tiny_voices.py" "$tmp/models" 120 >/dev/null
  mkdir -p "$tmp/voice" && cp "$tmp/models/wave.onnx" "$tmp/voice/tiny.onnx"
  /usr/bin/python3 - "$tmp/voice/tiny.onnx.json" <<'PY'
import json, sys
symbols = ['_', '^', '$', ' ', ',', ';', '.', '?', '!', "'", '-'] + list('abcdefghijklmnopqrstuvwxyz') \
    + list('æçðøŋœɐɑɒɔɕəɚɛɜɝɞɟɡɣɤɪɫɬɭɯɲɹɾʁʃʊʋʌʍʎʒʔʲˈˌːˑθχᵻ') + ['\u0303', '\u0329', '\u032a', '\u0361', '\u02b0']
json.dump({'audio': {'sample_rate': 22050, 'quality': 'x_low'}, 'espeak': {'voice': 'en-us'},
           'inference': {'noise_scale': 0.667, 'length_scale': 1, 'noise_w': 0.8},
           'phoneme_id_map': {s: [i] for i, s in enumerate(symbols)}, 'num_speakers': 1}, open(sys.argv[1], 'w'))
PY
  "$root/aloud" voices install "$tmp/voice" >/dev/null
  voice=piper:tiny
fi
dotnet run -c Release --project "$root/bench/Aloud.Bench" -- --voice-rtf "$voice" "$count"
