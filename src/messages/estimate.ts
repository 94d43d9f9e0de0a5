/**
 * The monthly estimate (src/core/estimate.ts, BEDROCK_ESTIMATE, BEDROCK_MONTHLY_RANGE): option labels, what each
 * option bills, the notes that say why a row is priced where it is or not at all, and the errors of the schedule
 * and month arguments.
 */
import { section } from './section';

export const estimate = section({
  en: {
    'option-ondemand': 'On-demand',
    'option-none': 'No commitment',
    'option-1m': '1-month commitment',
    'option-6m': '6-month commitment',
    'option-cmi': 'Custom Model Import',

    'header-option': 'Option',
    'header-region': 'Region',
    'header-billed': 'Billed',
    'header-hosting': 'Hosting (USD)',
    'header-storage': 'Storage (USD)',
    'header-total': 'Monthly total (USD)',
    'header-note': 'Note',
    'header-low': 'Lowest monthly total (USD)',
    'header-high': 'Highest monthly total (USD)',
    'header-range': 'Cheapest and dearest',

    'billed-tokens': '{input} input + {output} output tokens',
    'billed-hours': '{hours} h × {units} MU',
    'billed-hours-days': '{perDay} h × {days} days = {hours} h × {units} MU',
    'billed-cmi': '{windows} windows × 5 min × {cmus} CMU × {copies} (copies)',
    'billed-cmi-days': '{perDay} windows × {days} days = {windows} windows × 5 min × {cmus} CMU × {copies} (copies)',

    'note-join': '{first} {second}',
    'note-tokens-needed': 'Give the input and output tokens a month (0 for none) to price on-demand use.',
    'note-no-ondemand': 'The price book has no custom-model on-demand token price for {model} in any region.',
    'note-base-ondemand': 'Base-model on-demand tokens are not priced here: this option is for a custom model.',
    'note-none-schedule': 'Billed only while it exists: created before and deleted after the active hours ({schedule}).',
    'note-term-every-hour': 'A commitment bills every hour of the month, whatever the schedule.',
    'note-elsewhere':
      'Not offered in {asked}; priced in {region}, the nearest region where it is sold (host it in {region} to use this option).',
    'note-default-elsewhere': 'Not offered in {from} (no region given); priced in {region}, the nearest region where it is sold.',
    'note-home-region': 'No region given: priced in {region}, the only region where this model is hosted.',
    'note-only-region': 'Priced in {region}, the only region where it is sold.',
    'note-sold-nowhere': 'Not priced in any region of the price book.',
    'note-storage-missing': 'Custom model storage is not priced in {region}: no total without it.',
    'note-cmi-storage-missing': 'Custom Model Import storage is not priced in {region}: no total without it.',
    'note-base-hosting': 'Base-model hosting: no custom-model storage.',
    'note-cmi-no-size':
      "{model}'s architecture and size are not in AWS's CMU table: to price imported weights, give a CMU count, a size " +
      '("Llama 3.1 8B 128K") or "architecture:CMUs" ("Llama:2") as the model.',
    'note-cmi-same-weights': 'The same weights imported as {preset:q} ({cmus} CMU); model units are the number of copies.',
    'note-cmi-windows': 'Whole 5-minute windows per active stretch; storage is per CMU.',
    'note-imported-only': 'An imported model is hosted only through Custom Model Import.',

    'range-text': 'Cheapest: {cheapest} ({cheapestRegion}). Dearest: {dearest} ({dearestRegion}).',
    'range-one': 'Only {cheapest} is priced ({cheapestRegion}).',
    'range-caveat': '{summary} {option}: {caveat}',

    'bad-schedule':
      'schedule {value:q} is not a schedule. Use "24/7"; a number of hours every day (more than 0, at most 24, e.g. 8); ' +
      'hours every day "9-18" ("22-6" crosses midnight); "weekdays 9-18" (also "Mon-Fri 9-18", "平日 9-18"); ' +
      '"毎日 9-18" (every day); or "weekdays" (24 hours Monday to Friday).',
    'bad-month':
      'month {value:q} is not a month. Leave it blank for the average month of 730 hours, or give a calendar month: ' +
      '"2026-12", "2026/12", "2026年12月" or a date in it.',
    'bad-month-date':
      'month is not a valid date. Leave it blank for the average month of 730 hours, or give a calendar month: ' +
      '"2026-12", "2026/12", "2026年12月" or a date in it.',
    'unknown-model':
      'Unknown model {model:q}. Closest known models: {near:q}. Give a Bedrock model ID, name or alias (=BEDROCK_MODELS() ' +
      'lists them) or, for Custom Model Import, a CMU count (2), a size from AWS\'s CMU table ("Llama 3.1 8B 128K") or an ' +
      'architecture with a CMU count ("Llama:2").',
    'cmi-needs-size':
      'model {model:q} names an architecture but not its size: give a CMU count ("{architecture}:4") or a size from ' +
      'AWS\'s CMU table ("Llama 3.1 8B 128K").',
    'nothing-priced': 'No hosting option of {model} has a monthly total: =BEDROCK_ESTIMATE(…) shows why for each option.',
    'single-values': '{fn} returns a whole table, so it takes single values, not ranges.',
    'range-shape': '{fn} takes single values, or columns of the same height (one cell wide).',
    'range-too-tall': '{fn} takes at most {max} rows at a time; this range has {rows}. Split it into smaller ranges.',
    'schedule-date':
      'schedule is a date: Sheets read what was typed (such as 9-18 or 24/7) as one. Format the cell as plain text ' +
      '(Format ▸ Number ▸ Plain text) and type it again, or write the schedule in quotes in the formula ("9-18").',
  },
  ja: {
    'option-ondemand': 'オンデマンド',
    'option-none': 'コミットなし',
    'option-1m': '1か月コミット',
    'option-6m': '6か月コミット',
    'option-cmi': 'カスタムモデルインポート',

    'header-option': 'ホスティング方法',
    'header-region': 'リージョン',
    'header-billed': '課金対象',
    'header-hosting': 'ホスティング（USD）',
    'header-storage': '保管料（USD）',
    'header-total': '月額合計（USD）',
    'header-note': '備考',
    'header-low': '月額の最低（USD）',
    'header-high': '月額の最高（USD）',
    'header-range': '最安と最高',

    'billed-tokens': '入力{input}トークン + 出力{output}トークン',
    'billed-hours': '{hours}時間 × {units} MU',
    'billed-hours-days': '{perDay}時間 × {days}日 = {hours}時間 × {units} MU',
    'billed-cmi': '{windows}枠 × 5分 × {cmus} CMU × {copies}コピー',
    'billed-cmi-days': '{perDay}枠 × {days}日 = {windows}枠 × 5分 × {cmus} CMU × {copies}コピー',

    'note-join': '{first}{second}',
    'note-tokens-needed': 'オンデマンドの料金を出すには、月間の入力・出力トークン数を指定してください（使わない場合は0）。',
    'note-no-ondemand': '料金表には、{model}のカスタムモデルのオンデマンドのトークン料金がどのリージョンにもありません。',
    'note-base-ondemand': 'ベースモデルのオンデマンドのトークン料金は対象外です。この行はカスタムモデル用です。',
    'note-none-schedule': '存在する間だけ課金されます（稼働時間の前に作成し、後に削除する前提: {schedule}）。',
    'note-term-every-hour': 'コミットは稼働スケジュールにかかわらず、月のすべての時間が課金されます。',
    'note-elsewhere':
      '{asked}では提供されていません。提供されている最寄りのリージョン{region}の料金です（この方法を使うには{region}でホストします）。',
    'note-default-elsewhere': '{from}では提供されていません（リージョン未指定）。提供されている最寄りのリージョン{region}の料金です。',
    'note-home-region': 'リージョン未指定のため、このモデルをホストできる唯一のリージョン{region}の料金です。',
    'note-only-region': '提供されている唯一のリージョン{region}の料金です。',
    'note-sold-nowhere': '料金表のどのリージョンにも料金がありません。',
    'note-storage-missing': '{region}のカスタムモデル保管料が料金表にないため、合計は出せません。',
    'note-cmi-storage-missing': '{region}のカスタムモデルインポートの保管料が料金表にないため、合計は出せません。',
    'note-base-hosting': 'ベースモデルのホスティングのため、カスタムモデル保管料はかかりません。',
    'note-cmi-no-size':
      '{model}のアーキテクチャとサイズはAWSのCMU表にありません。インポートした重みの料金を出すには、モデルとしてCMU数、' +
      'サイズ（「Llama 3.1 8B 128K」）または「アーキテクチャ:CMU数」（「Llama:2」）を指定してください。',
    'note-cmi-same-weights': '同じ重みを{preset:q}（{cmus} CMU）としてインポートした場合です。モデルユニット数はコピー数として扱います。',
    'note-cmi-windows': '稼働が続く区間ごとに5分単位で切り上げて課金されます。保管料はCMUごとです。',
    'note-imported-only': 'インポートしたモデルはカスタムモデルインポートでのみホストできます。',

    'range-text': '最安: {cheapest}（{cheapestRegion}）。最高: {dearest}（{dearestRegion}）。',
    'range-one': '料金が出せるのは{cheapest}（{cheapestRegion}）のみです。',
    'range-caveat': '{summary}{option}の{caveat}',

    'bad-schedule':
      'schedule{value:q}は稼働スケジュールとして読めません。「24/7」、毎日の稼働時間数（0より大きく24以下、例: 8）、' +
      '毎日の時間帯「9-18」（「22-6」は日付をまたぎます）、「平日 9-18」（「weekdays 9-18」「Mon-Fri 9-18」も可）、' +
      '「毎日 9-18」、または「平日」（月曜から金曜の24時間）を指定してください。',
    'bad-month':
      'month{value:q}は月として読めません。730時間の平均的な月なら空欄に、暦の月なら「2026-12」「2026/12」「2026年12月」' +
      'またはその月の日付を指定してください。',
    'bad-month-date':
      'monthが有効な日付ではありません。730時間の平均的な月なら空欄に、暦の月なら「2026-12」「2026/12」「2026年12月」' +
      'またはその月の日付を指定してください。',
    'unknown-model':
      'モデル{model:q}は見つかりません。近い候補: {near:q}。BedrockのモデルID・モデル名・別名（「=BEDROCK_MODELS()」で一覧できます）、' +
      'またはカスタムモデルインポートならCMU数（2）、AWSのCMU表のサイズ（「Llama 3.1 8B 128K」）、アーキテクチャとCMU数' +
      '（「Llama:2」）を指定してください。',
    'cmi-needs-size':
      'モデル{model:q}はアーキテクチャを示していますがサイズがありません。CMU数（「{architecture}:4」）またはAWSのCMU表の' +
      'サイズ（「Llama 3.1 8B 128K」）を指定してください。',
    'nothing-priced':
      '{model}のホスティング方法には、月額合計を出せるものがありません。理由は「=BEDROCK_ESTIMATE(…)」で方法ごとに確認できます。',
    'single-values': '{fn}は表全体を返すため、範囲ではなく単一の値を指定してください。',
    'range-shape': '{fn}には単一の値か、同じ高さの列（幅1セル）を指定してください。',
    'range-too-tall': '{fn}が一度に扱えるのは{max}行までです（この範囲は{rows}行）。範囲を分けて指定してください。',
    'schedule-date':
      'scheduleが日付になっています。入力した内容（9-18や24/7など）がスプレッドシートで日付として読み取られました。' +
      'セルの表示形式を書式なしテキスト（表示形式 ▸ 数字 ▸ 書式なしテキスト）にして入力し直すか、数式の中で引用符で囲んでください（"9-18"）。',
  },
});
