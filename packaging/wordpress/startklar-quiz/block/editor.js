/* The block's editor side, plain JavaScript on WordPress's globals (no build
 * step). The page itself is rendered by PHP (render_callback), so the block
 * saves nothing but its attributes. */
(function (blocks, element, components, blockEditor, texts) {
  'use strict';
  var el = element.createElement;
  var t = texts || {};

  function select(label, value, options, onChange) {
    return el(components.SelectControl, { label: label, value: value, options: options, onChange: onChange });
  }

  blocks.registerBlockType('startklar/quiz', {
    edit: function (props) {
      var a = props.attributes;
      var set = function (name) {
        return function (value) {
          var change = {};
          change[name] = value;
          props.setAttributes(change);
        };
      };
      return el(
        element.Fragment,
        null,
        el(
          blockEditor.InspectorControls,
          null,
          el(
            components.PanelBody,
            { title: t.settings },
            select(t.language, a.lang, [
              { value: '', label: t.pageLanguage },
              { value: 'de', label: t.german },
              { value: 'en', label: t.english },
            ], set('lang')),
            select(t.theme, a.theme, [
              { value: 'auto', label: t.themeAuto },
              { value: 'light', label: t.themeLight },
              { value: 'dark', label: t.themeDark },
            ], set('theme')),
            select(t.persist, a.persist, [
              { value: 'session', label: t.persistSession },
              { value: 'local', label: t.persistLocal },
              { value: 'off', label: t.persistOff },
            ], set('persist')),
            select(t.loading, a.loading, [
              { value: 'eager', label: t.loadingEager },
              { value: 'lazy', label: t.loadingLazy },
            ], set('loading')),
            el(components.TextControl, { label: t.content, help: t.contentHelp, value: a.content, onChange: set('content') }),
            el(components.TextControl, { label: t.id, help: t.idHelp, value: a.id, onChange: set('id') })
          )
        ),
        el(
          'div',
          blockEditor.useBlockProps(),
          el(components.Placeholder, { icon: 'yes-alt', label: 'Startklar Quiz', instructions: t.instructions })
        )
      );
    },
    save: function () {
      return null;
    },
  });
})(window.wp.blocks, window.wp.element, window.wp.components, window.wp.blockEditor, window.startklarQuizEditor);
