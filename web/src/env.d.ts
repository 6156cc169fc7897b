/// <reference types="vite/client" />
/** Types of the altcha widget's "external" build entry (the package types only its main entry). */
declare module 'altcha/external' {}
declare module 'altcha/altcha.css' {}
