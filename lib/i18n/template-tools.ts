import { defineMessages } from './define';

/** Undoing a template fill, and template files (export, import). */
export const templateTools = defineMessages({
  en: {
    'templates.undo': 'Undo the fill',
    'templates.undone': 'The form is back as it was before the fill.',
    'templates.undone.partly':
      'The form is back as it was, except {n} fields the page would not take back: check them.',
    'templates.files.title': 'Template files',
    'templates.files.hint':
      'To use your templates in another browser or on another computer, or to keep a copy: export them all as one file, then import it there. Nothing is uploaded.',
    'templates.export': 'Export all templates (.json)',
    'templates.export.done': 'Saved {file} with {n} templates.',
    'templates.import': 'Import templates from a file',
    'templates.import.summary': '{file}: {n} templates. Check what happens to each, then import.',
    'templates.import.older':
      'The file comes from an older version of the extension; its templates were converted.',
    'templates.import.add': 'will be added',
    'templates.import.clash': 'a template with this name already exists:',
    'templates.import.keepBoth': 'keep both (this one as “{name}”)',
    'templates.import.replace': 'replace the one you have',
    'templates.import.confirm': 'Import',
    'templates.import.done': 'Imported: {added} added, {replaced} replaced.',
    'templates.import.failed': 'Could not save the imported templates. Nothing was changed.',
    'templates.import.unreadable': 'The file could not be read. Nothing was changed.',
    'templates.import.refused': 'Not imported, nothing was changed: {reason}',
    'templates.import.refused.too-large': 'the file is larger than {kb} KB, so it is not a template file.',
    'templates.import.refused.not-json':
      'this is not a template file (it is not JSON). Choose a file made by “Export all templates”.',
    'templates.import.refused.foreign':
      'this is not a QSM Push Pilot template file. Choose a file made by “Export all templates”.',
    'templates.import.refused.newer':
      'the file comes from a newer version of the extension (file version {version}; this one reads up to {supported}). Update the extension, then import it.',
    'templates.import.refused.damaged': '{n} of the {total} templates in the file are damaged.',
    'templates.import.refused.empty': 'the file holds no template.',
  },
  ja: {
    'templates.undo': '入力を元に戻す',
    'templates.undone': 'フォームをテンプレート入力前の状態に戻しました。',
    'templates.undone.partly':
      'フォームを入力前の状態に戻しましたが、{n}項目はページが受け付けませんでした。確認してください。',
    'templates.files.title': 'テンプレートファイル',
    'templates.files.hint':
      '別のブラウザーやパソコンでテンプレートを使うとき、または控えを残すとき：すべてを1つのファイルに書き出し、使う側で読み込みます。どこにも送信されません。',
    'templates.export': 'すべてのテンプレートを書き出す（.json）',
    'templates.export.done': '{file}（{n}件）を保存しました。',
    'templates.import': 'ファイルからテンプレートを読み込む',
    'templates.import.summary': '{file}：テンプレート{n}件。それぞれの扱いを確認してから読み込んでください。',
    'templates.import.older': 'このファイルは拡張機能の旧バージョンのものです。テンプレートは変換済みです。',
    'templates.import.add': '追加されます',
    'templates.import.clash': '同じ名前のテンプレートがすでにあります：',
    'templates.import.keepBoth': '両方残す（こちらは「{name}」として）',
    'templates.import.replace': '今あるものを置き換える',
    'templates.import.confirm': '読み込む',
    'templates.import.done': '読み込みました：追加 {added}件、置き換え {replaced}件。',
    'templates.import.failed': '読み込んだテンプレートを保存できませんでした。何も変更していません。',
    'templates.import.unreadable': 'ファイルを読めませんでした。何も変更していません。',
    'templates.import.refused': '読み込みませんでした（何も変更していません）：{reason}',
    'templates.import.refused.too-large':
      'ファイルが {kb} KB を超えているため、テンプレートファイルではありません。',
    'templates.import.refused.not-json':
      'テンプレートファイルではありません（JSONではありません）。「すべてのテンプレートを書き出す」で作ったファイルを選んでください。',
    'templates.import.refused.foreign':
      'QSM Push Pilot のテンプレートファイルではありません。「すべてのテンプレートを書き出す」で作ったファイルを選んでください。',
    'templates.import.refused.newer':
      'このファイルは拡張機能の新しいバージョンのものです（ファイルのバージョン {version}、この拡張機能は {supported} まで）。拡張機能を更新してから読み込んでください。',
    'templates.import.refused.damaged': 'ファイル内のテンプレート{total}件のうち{n}件が壊れています。',
    'templates.import.refused.empty': 'ファイルにテンプレートがありません。',
  },
  zh: {
    'templates.undo': '撤销填入',
    'templates.undone': '表单已恢复为填入前的状态。',
    'templates.undone.partly': '表单已恢复为填入前的状态，但有 {n} 项页面未能恢复：请检查。',
    'templates.files.title': '模板文件',
    'templates.files.hint':
      '要在另一个浏览器或另一台电脑上使用模板，或留一份备份：把全部模板导出为一个文件，再在那边导入。不会上传到任何地方。',
    'templates.export': '导出全部模板（.json）',
    'templates.export.done': '已保存 {file}（{n} 个模板）。',
    'templates.import': '从文件导入模板',
    'templates.import.summary': '{file}：{n} 个模板。请确认每个模板的处理方式，然后导入。',
    'templates.import.older': '此文件来自扩展的旧版本，其中的模板已转换。',
    'templates.import.add': '将被添加',
    'templates.import.clash': '已有同名模板：',
    'templates.import.keepBoth': '两个都保留（这个改名为“{name}”）',
    'templates.import.replace': '替换现有的模板',
    'templates.import.confirm': '导入',
    'templates.import.done': '已导入：添加 {added} 个，替换 {replaced} 个。',
    'templates.import.failed': '导入的模板未能保存，没有做任何更改。',
    'templates.import.unreadable': '无法读取该文件，没有做任何更改。',
    'templates.import.refused': '未导入，没有做任何更改：{reason}',
    'templates.import.refused.too-large': '文件超过 {kb} KB，不是模板文件。',
    'templates.import.refused.not-json': '这不是模板文件（不是 JSON）。请选择用“导出全部模板”生成的文件。',
    'templates.import.refused.foreign':
      '这不是 QSM Push Pilot 的模板文件。请选择用“导出全部模板”生成的文件。',
    'templates.import.refused.newer':
      '此文件来自扩展的较新版本（文件版本 {version}，本扩展最高支持 {supported}）。请先更新扩展，再导入。',
    'templates.import.refused.damaged': '文件中的 {total} 个模板里有 {n} 个已损坏。',
    'templates.import.refused.empty': '文件中没有模板。',
  },
  ko: {
    'templates.undo': '채우기 되돌리기',
    'templates.undone': '양식을 채우기 전 상태로 되돌렸습니다.',
    'templates.undone.partly':
      '양식을 되돌렸지만, 페이지가 되돌리지 않은 항목 {n}개가 있습니다. 확인해 주세요.',
    'templates.files.title': '템플릿 파일',
    'templates.files.hint':
      '다른 브라우저나 컴퓨터에서 템플릿을 쓰거나 사본을 보관하려면, 모두 하나의 파일로 내보낸 뒤 그곳에서 가져오세요. 아무것도 업로드되지 않습니다.',
    'templates.export': '모든 템플릿 내보내기 (.json)',
    'templates.export.done': '템플릿 {n}개를 {file}(으)로 저장했습니다.',
    'templates.import': '파일에서 템플릿 가져오기',
    'templates.import.summary': '{file}: 템플릿 {n}개. 각각 어떻게 될지 확인한 뒤 가져오세요.',
    'templates.import.older': '이 파일은 이전 버전의 확장 프로그램에서 만들어져, 템플릿을 변환했습니다.',
    'templates.import.add': '추가됨',
    'templates.import.clash': '같은 이름의 템플릿이 이미 있습니다:',
    'templates.import.keepBoth': '둘 다 유지 (이것은 “{name}”(으)로)',
    'templates.import.replace': '기존 템플릿을 덮어쓰기',
    'templates.import.confirm': '가져오기',
    'templates.import.done': '가져왔습니다: {added}개 추가, {replaced}개 덮어씀.',
    'templates.import.failed': '가져온 템플릿을 저장하지 못했습니다. 아무것도 바뀌지 않았습니다.',
    'templates.import.unreadable': '파일을 읽을 수 없습니다. 아무것도 바뀌지 않았습니다.',
    'templates.import.refused': '가져오지 않았으며 아무것도 바뀌지 않았습니다: {reason}',
    'templates.import.refused.too-large': '파일이 {kb}KB보다 커서 템플릿 파일이 아닙니다.',
    'templates.import.refused.not-json':
      '템플릿 파일이 아닙니다 (JSON이 아님). “모든 템플릿 내보내기”로 만든 파일을 선택해 주세요.',
    'templates.import.refused.foreign':
      'QSM Push Pilot 템플릿 파일이 아닙니다. “모든 템플릿 내보내기”로 만든 파일을 선택해 주세요.',
    'templates.import.refused.newer':
      '더 새로운 버전의 확장 프로그램에서 만든 파일입니다 (파일 버전 {version}, 이 버전은 {supported}까지 읽을 수 있음). 확장 프로그램을 업데이트한 뒤 가져와 주세요.',
    'templates.import.refused.damaged': '파일의 템플릿 {total}개 중 {n}개가 손상되었습니다.',
    'templates.import.refused.empty': '파일에 템플릿이 없습니다.',
  },
});
