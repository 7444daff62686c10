// Svelte 5 handles `<script lang="ts">` natively; no preprocessor needed.
export default {};
