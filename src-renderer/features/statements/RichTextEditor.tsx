import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import Placeholder from '@tiptap/extension-placeholder'
import type { LanguageCode } from '../../domain/model'
import type { RichDoc } from '../../domain/statements/rich-text'

interface Props {
  /** The document when the editor opens (later changes come from the editor itself). */
  initial: RichDoc
  label: string
  describedBy?: string
  language: LanguageCode
  editable: boolean
  onChange: (doc: RichDoc) => void
}

interface ToolState {
  paragraph: boolean
  h1: boolean
  h2: boolean
  h3: boolean
  bold: boolean
  italic: boolean
  underline: boolean
  bulletList: boolean
  orderedList: boolean
  blockquote: boolean
  canUndo: boolean
  canRedo: boolean
}

function toolState(editor: Editor): ToolState {
  return {
    paragraph: editor.isActive('paragraph'),
    h1: editor.isActive('heading', { level: 1 }),
    h2: editor.isActive('heading', { level: 2 }),
    h3: editor.isActive('heading', { level: 3 }),
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo()
  }
}

/**
 * The statement's rich text (TipTap): headings 1-3, bold, italic, underline, bulleted and numbered
 * lists, quotations, undo. The toolbar is one tab stop; arrow keys move along it (ARIA toolbar pattern).
 */
export function RichTextEditor({ initial, label, describedBy, language, editable, onChange }: Props) {
  const { t } = useTranslation()
  const changed = useRef(onChange)
  useEffect(() => {
    changed.current = onChange
  }, [onChange])
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ heading: { levels: [1, 2, 3] }, code: false, codeBlock: false, horizontalRule: false, link: false, strike: false }),
      Placeholder.configure({ placeholder: t('statements.editor.placeholder') })
    ],
    content: initial,
    editable,
    editorProps: {
      attributes: {
        class: 'rich-text',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        lang: language,
        spellcheck: 'true'
      }
    },
    onUpdate: ({ editor: e }) => changed.current(e.getJSON() as RichDoc)
  })
  useEffect(() => {
    // No update event: switching to read-only changes no words.
    editor.setEditable(editable, false)
  }, [editor, editable])
  const state = useEditorState({ editor, selector: ({ editor: e }) => toolState(e) })

  const tools: { key: string; label: string; active?: boolean; disabled?: boolean; run: () => void }[] = [
    { key: 'paragraph', label: t('statements.toolbar.paragraph'), active: state.paragraph, run: () => editor.chain().focus().setParagraph().run() },
    { key: 'h1', label: t('statements.toolbar.heading1'), active: state.h1, run: () => editor.chain().focus().toggleHeading({ level: 1 }).run() },
    { key: 'h2', label: t('statements.toolbar.heading2'), active: state.h2, run: () => editor.chain().focus().toggleHeading({ level: 2 }).run() },
    { key: 'h3', label: t('statements.toolbar.heading3'), active: state.h3, run: () => editor.chain().focus().toggleHeading({ level: 3 }).run() },
    { key: 'bold', label: t('statements.toolbar.bold'), active: state.bold, run: () => editor.chain().focus().toggleBold().run() },
    { key: 'italic', label: t('statements.toolbar.italic'), active: state.italic, run: () => editor.chain().focus().toggleItalic().run() },
    { key: 'underline', label: t('statements.toolbar.underline'), active: state.underline, run: () => editor.chain().focus().toggleUnderline().run() },
    { key: 'bulletList', label: t('statements.toolbar.bulletList'), active: state.bulletList, run: () => editor.chain().focus().toggleBulletList().run() },
    { key: 'orderedList', label: t('statements.toolbar.orderedList'), active: state.orderedList, run: () => editor.chain().focus().toggleOrderedList().run() },
    { key: 'blockquote', label: t('statements.toolbar.quote'), active: state.blockquote, run: () => editor.chain().focus().toggleBlockquote().run() },
    { key: 'undo', label: t('statements.toolbar.undo'), disabled: !state.canUndo, run: () => editor.chain().focus().undo().run() },
    { key: 'redo', label: t('statements.toolbar.redo'), disabled: !state.canRedo, run: () => editor.chain().focus().redo().run() }
  ]

  const toolbar = useRef<HTMLDivElement>(null)
  const [focusIndex, setFocusIndex] = useState(0)
  function onToolbarKey(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = [...(toolbar.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (at < 0) return
    const next = event.key === 'ArrowRight' ? at + 1 : event.key === 'ArrowLeft' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : null
    if (next === null) return
    event.preventDefault()
    const index = (next + buttons.length) % buttons.length
    setFocusIndex(index)
    buttons[index]?.focus()
  }

  return (
    <div className={`rich-text-editor${editable ? '' : ' is-readonly'}`}>
      {editable ? (
        <div className="rich-text-toolbar" role="toolbar" aria-label={t('statements.toolbar.label')} ref={toolbar} onKeyDown={onToolbarKey}>
          {tools.map((tool, i) => (
            <button
              key={tool.key}
              type="button"
              className={`tool tool-${tool.key}`}
              tabIndex={i === focusIndex ? 0 : -1}
              aria-pressed={tool.active === undefined ? undefined : tool.active}
              // aria-disabled, not disabled: the button stays reachable with the arrow keys.
              aria-disabled={tool.disabled ? true : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onFocus={() => setFocusIndex(i)}
              onClick={() => {
                if (!tool.disabled) tool.run()
              }}
            >
              {tool.label}
            </button>
          ))}
        </div>
      ) : null}
      <EditorContent editor={editor} />
    </div>
  )
}
