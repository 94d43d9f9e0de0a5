/**
 * Looking a price up: terms and items that are not known, prices the book does not have (and why, from its gaps),
 * prices that need a region to be chosen, Custom Model Import names and sizes, and where a price came from.
 */
import { section } from './section';

export const lookup = section({
  en: {
    'unknown-term': 'Unknown term {value:q}. Use "none" (no commitment, or 0), "1 month" ("1m", 1) or "6 months" ("6m", 6).',
    'unknown-item': 'Unknown item {value:q}. Use "training", "storage", "pt", "pt base", "input", "output", "cmi", "cmi storage", "rft".',
    'price-of': 'The {item} price of {label}',
    'price-of-term': 'The {item} ({term}) price of {label}',
    // {reason} and {hint} are optional: a gap's reason when the book knows one, the pointer to the price argument
    // only in functions that have one.
    'no-price': '{subject} in {region} is not in the price book. {reason} {elsewhere} {hint}',
    because: '{reason}: {note}.',
    'reason-not-sold': 'AWS does not sell it',
    'reason-not-published': 'AWS has not published it',
    'priced-in': 'It is priced in: {regions}.',
    'priced-nowhere': 'It is not priced in any region.',
    'pt-priced-for': 'Provisioned Throughput is priced for: {terms}.',
    'several-regions': '{subject} is priced in several regions ({regions}); say which one in the region argument.',
    // Two sentences one after the other, as the language writes them (a space in English, none in Japanese).
    'one-then-other': '{first} {second}',
    // A price the book keeps but AWS contradicts, that looks wrong, or that is sold only in a limited way.
    caveat: 'Caveat: {note}',
    'cmu-prices-differ':
      'CMU {version} prices differ by architecture in {region} ({prices} USD); name the architecture ("Llama:2") instead of a bare CMU count.',
    'unknown-cmi':
      'Unknown Custom Model Import model {value:q}. Closest: {near:q}. Give a CMU count (e.g. 2), a known architecture and size ("Llama 3.1 8B 128K"), or an architecture with a CMU count ("gpt-oss:8").',
    'cmi-needs-size':
      '{arg}: {label:q} names an architecture but not its size; give a CMU count ({example:q}) or a known size ("Llama 3.1 8B 128K").',
    'model-missing': 'model is missing: give a Bedrock model ID, name or alias.',
    'no-model-matches': 'No model matches {search:q}. Leave the arguments blank to list every model.',
    'no-model-matches-in': 'No model matches {search:q} in {region}. Leave the arguments blank to list every model.',
    source: '{title} ({date}) — {where}',
    'source-usage': '{where}, usage type {usagetype}',
    'source-copy': '{url} (read from a copy: {copy})',
    'source-unrecorded': 'a public repository whose address was not recorded',
  },
  ja: {
    'unknown-term':
      '期間{value:q}は指定できません。「コミットなし」（none、0）、「1か月」（1 month、1m、1）、「6か月」（6 months、6m、6）のいずれかを指定してください。',
    'unknown-item':
      '項目{value:q}は指定できません。「training」「storage」「pt」「pt base」「input」「output」「cmi」「cmi storage」「rft」のいずれかを指定してください。',
    'price-of': '{label}の{item}料金',
    'price-of-term': '{label}の{item}（{term}）料金',
    'no-price': '料金表に{region}の{subject}はありません。{reason}{elsewhere}{hint}',
    because: '{reason}。{note}',
    'reason-not-sold': 'AWSでは提供されていません',
    'reason-not-published': 'AWSは料金を公表していません',
    'priced-in': '料金があるリージョン: {regions}。',
    'priced-nowhere': 'どのリージョンにも料金がありません。',
    'pt-priced-for': 'プロビジョンドスループットの料金がある期間: {terms}。',
    'several-regions': '{subject}は複数のリージョン（{regions}）に料金があります。region引数でリージョンを指定してください。',
    'one-then-other': '{first}{second}',
    caveat: '注意: {note}',
    'cmu-prices-differ':
      '{region}ではCMU {version}の単価がアーキテクチャごとに異なります（{prices} USD）。CMU数だけではなく、アーキテクチャも指定してください（例: 「Llama:2」）。',
    'unknown-cmi':
      'カスタムモデルインポートのモデル{value:q}は見つかりません。近い候補: {near:q}。CMU数（例: 2）、既知のアーキテクチャとサイズ（「Llama 3.1 8B 128K」）、またはアーキテクチャとCMU数（「gpt-oss:8」）を指定してください。',
    'cmi-needs-size':
      '{arg}: {label:q}はアーキテクチャ名だけでサイズがありません。CMU数（{example:q}）か既知のサイズ（「Llama 3.1 8B 128K」）を指定してください。',
    'model-missing': 'modelが指定されていません。BedrockのモデルID・モデル名・別名を指定してください。',
    'no-model-matches': '{search:q}に一致するモデルはありません。引数を空欄にするとすべてのモデルを一覧表示します。',
    'no-model-matches-in': '{region}には{search:q}に一致するモデルはありません。引数を空欄にするとすべてのモデルを一覧表示します。',
    source: '{title}（{date}）— {where}',
    'source-usage': '{where}、使用タイプ {usagetype}',
    'source-copy': '{url}（コピーから取得: {copy}）',
    'source-unrecorded': '所在が記録されていない公開リポジトリ',
  },
});
