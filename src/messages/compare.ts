/**
 * Comparing ways of hosting a custom model: the Provisioned Throughput options, the notes of BEDROCK_COMPARE's
 * rows, the break-even sentences and the mistakes only these functions can meet.
 */
import { section } from './section';

export const compare = section({
  en: {
    'option-none': 'No commitment',
    'option-1m': '1-month commitment',
    'option-6m': '6-month commitment',
    'base-hosting': 'Base-model hosting: no custom-model storage.',
    'not-priced': 'Not priced in {region}. {where}',
    'not-priced-because': 'Not priced in {region}: {reason} ({note}). {where}',
    'storage-not-priced': 'Custom model storage is not priced in {region}. {where}',
    'storage-not-priced-because': 'Custom model storage is not priced in {region}: {reason} ({note}). {where}',
    'priced-in': 'Priced in: {regions}.',
    'priced-nowhere': 'Not priced in any region.',
    'no-total': '{missing} No total without it. {hint}',
    'base-hint': 'For base-model hosting write "base:{model}".',
    'hours-wins':
      'In {region}, the {term} is cheaper than no commitment above {hours} hours a day ({formula} USD per MU-hour); below that, no commitment is cheaper.',
    'hours-never-same':
      'In {region}, the {term} is never cheaper than no commitment: even used 24 hours a day, no commitment costs the same ({formula} USD per MU-hour = {hours} hours a day).',
    'hours-never-less':
      'In {region}, the {term} is never cheaper than no commitment: even used 24 hours a day, no commitment costs less ({formula} USD per MU-hour = {hours} hours a day).',
    'tokens-wins':
      'For {model} in {region} ({term}, {share}% input), Provisioned Throughput is cheaper than on demand above {volume} tokens a month.',
    'tokens-wins-units':
      'For {model} in {region} ({term}, {share}% input), Provisioned Throughput is cheaper than on demand above {volume} tokens a month ({units} units by then: one unit pays for itself from {perUnit} tokens, but below this volume a volume that just needs one more unit is cheaper on demand).',
    'tokens-never-same':
      "For {model} in {region} ({term}, {share}% input), Provisioned Throughput is never cheaper than on demand at {tpm} tokens a minute per unit: a unit carries at most {capacity} tokens in {hours} hours, which cost {onDemand} USD on demand, the same as the unit's {unitMonthly} USD. {minimum}",
    'tokens-never-less':
      "For {model} in {region} ({term}, {share}% input), Provisioned Throughput is never cheaper than on demand at {tpm} tokens a minute per unit: a unit carries at most {capacity} tokens in {hours} hours, which cost {onDemand} USD on demand, less than the unit's {unitMonthly} USD. {minimum}",
    'tokens-minimum': 'It would need more than {tpm} tokens a minute per unit.',
    // After a break-even sentence, for each price it used that carries a caveat in the book.
    'price-caveat-term': 'Caveat on the {item} ({term}) price used, {usd} USD {unit}: {note}',
    'price-caveat': 'Caveat on the {item} price used, {usd} USD {unit}: {note}',
    'term-must-commit': 'term must be a commitment, "1 month" or "6 months": the break-even is where it meets no commitment.',
    'zero-no-commitment': 'The no-commitment price of {model} in {region} is {usd} USD; a break-even needs a price above zero.',
    'days-zero': '{name} must be more than zero; got 0.',
    'days-whole': 'days must be a whole number of days from 0 to 31; got {value}.',
    'share-empty-ratio': '{name}: the ratio {text:q} has no tokens in it.',
    'share-bad':
      '{name} must be the share of input tokens from 0 to 1 (0.75), a percentage ("75%") or an input:output ratio ("3:1"); got {value}.',
  },
  ja: {
    'option-none': 'コミットなし',
    'option-1m': '1か月コミット',
    'option-6m': '6か月コミット',
    'base-hosting': 'ベースモデルのホスティングのため、カスタムモデル保管料はかかりません。',
    'not-priced': '{region}では料金がありません。{where}',
    'not-priced-because': '{region}では料金がありません（{reason}）。{note}{where}',
    'storage-not-priced': '{region}ではカスタムモデル保管の料金がありません。{where}',
    'storage-not-priced-because': '{region}ではカスタムモデル保管の料金がありません（{reason}）。{note}{where}',
    'priced-in': '料金があるリージョン: {regions}。',
    'priced-nowhere': 'どのリージョンにも料金がありません。',
    'no-total': '{missing}保管料がないため合計は出せません。{hint}',
    'base-hint': 'ベースモデルのホスティングなら「base:{model}」と書いてください。',
    'hours-wins':
      '{region}では、1日{hours}時間を超えて使うなら{term}のほうがコミットなしより安くなります（{formula} USD/MU・時間）。それ以下ならコミットなしが安くなります。',
    'hours-never-same':
      '{region}では、{term}がコミットなしより安くなることはありません。1日24時間使ってもコミットなしのほうが同額です（{formula} USD/MU・時間 = {hours}時間/日）。',
    'hours-never-less':
      '{region}では、{term}がコミットなしより安くなることはありません。1日24時間使ってもコミットなしのほうが安いです（{formula} USD/MU・時間 = {hours}時間/日）。',
    'tokens-wins':
      '{region}の{model}（{term}、入力{share}%）では、月{volume}トークンを超えるとプロビジョンドスループットのほうがオンデマンドより安くなります。',
    'tokens-wins-units':
      '{region}の{model}（{term}、入力{share}%）では、月{volume}トークンを超えるとプロビジョンドスループットのほうがオンデマンドより安くなります（その時点で{units}ユニット。1ユニットは{perUnit}トークンで元が取れますが、これ未満ではユニットを1つ足したばかりの量はオンデマンドのほうが安くなります）。',
    'tokens-never-same':
      '{region}の{model}（{term}、入力{share}%）では、1ユニット毎分{tpm}トークンの場合、プロビジョンドスループットがオンデマンドより安くなることはありません。1ユニットが{hours}時間に運べる{capacity}トークンはオンデマンドで{onDemand} USD、ユニット代と同額の{unitMonthly} USDです。{minimum}',
    'tokens-never-less':
      '{region}の{model}（{term}、入力{share}%）では、1ユニット毎分{tpm}トークンの場合、プロビジョンドスループットがオンデマンドより安くなることはありません。1ユニットが{hours}時間に運べる{capacity}トークンはオンデマンドで{onDemand} USD、ユニット代の{unitMonthly} USDより安く済みます。{minimum}',
    'tokens-minimum': '1ユニット毎分{tpm}トークンを超える必要があります。',
    'price-caveat-term': 'ここで使った{item}（{term}）の単価（{unit} {usd} USD）には注意が必要です: {note}',
    'price-caveat': 'ここで使った{item}の単価（{unit} {usd} USD）には注意が必要です: {note}',
    'term-must-commit': '損益分岐点はコミットなしとの比較なので、termにはコミット期間（「1 month」または「6 months」）を指定してください。',
    'zero-no-commitment': '{region}の{model}のコミットなし単価は{usd} USDです。損益分岐点を求めるには0より大きい単価が必要です。',
    'days-zero': '{name}には0より大きい値を指定してください（指定された値: 0）。',
    'days-whole': 'daysには0から31までの日数（整数）を指定してください（指定された値: {value}）。',
    'share-empty-ratio': '{name}: 比率{text:q}にはトークンが含まれていません。',
    'share-bad':
      '{name}には入力トークンの割合を0から1まで（0.75）、パーセント（「75%」）、または入力:出力の比率（「3:1」）で指定してください（指定された値: {value}）。',
  },
});
